print("load", __name__)
def fa():
    return "fa from " + __name__
