# Closures capture variables, not values; cells shared among closures.
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc(); inc()
print(get())
inc2, get2 = counter()
print(inc2(), get())
def mk():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return fs
print([f() for f in mk()])
def late():
    def f():
        return y
    y = "bound later"
    return f
print(late()())
print(inc.__code__.co_freevars if hasattr(inc, "__code__") else None)
