# throw() and close() are forwarded through yield from.
def inner():
    try:
        yield 1
        yield 2
    except KeyError:
        print("inner handled")
        yield 3
    finally:
        print("inner finally")
def outer():
    yield from inner()
    yield "outer continues"
g = outer()
print(next(g))
print(g.throw(KeyError))
print(next(g))
g2 = outer()
next(g2)
g2.close()
print("closed")
