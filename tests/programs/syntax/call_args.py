# Positional-only, keyword-only arguments and call errors.
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
def tryit(thunk):
    try:
        thunk()
    except TypeError as e:
        print(e)
tryit(lambda: f(1, b=2, c=3, d=4))
tryit(lambda: f(1, 2, 3, 4))
tryit(lambda: f(1, 2, 3))
tryit(lambda: f(1))
def g(x): return x
tryit(lambda: g())
tryit(lambda: g(1, 2))
tryit(lambda: g(1, x=2))
tryit(lambda: g(y=2))
def h(**kw): return kw
print(h(a=1, **{"b": 2}))
tryit(lambda: h(a=1, **{"a": 2}))
