def len(x):
    return "module-level len"
def use():
    return len([1, 2])
