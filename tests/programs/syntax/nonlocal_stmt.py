# nonlocal rebinding in nested functions.
def outer():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    inc(); inc()
    return x, inc
v, f = outer()
print(v, f(), f())
def deep():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a = "changed"
        inner()
    mid()
    return a
print(deep())
