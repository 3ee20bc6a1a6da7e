# Function decorators, stacked decorators, decorators with arguments.
def shout(f):
    def w(*a):
        return f(*a).upper()
    return w
def repeat(n):
    def deco(f):
        def w(*a):
            return [f(*a) for _ in range(n)]
        return w
    return deco
@shout
def hi(name):
    return "hi " + name
print(hi("bob"))
@repeat(2)
@shout
def yo():
    return "yo"
print(yo())
order = []
def mark(tag):
    order.append("make " + tag)
    def d(f):
        order.append("apply " + tag)
        return f
    return d
@mark("a")
@mark("b")
def g(): pass
print(order)
