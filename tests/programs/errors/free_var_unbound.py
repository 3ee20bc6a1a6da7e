# NameError for a free variable referenced before assignment in the enclosing scope.
def outer():
    def inner():
        return x
    r = inner()
    x = 1
    return r
outer()
