# Default argument values are evaluated once at definition.
def app(x, acc=[]):
    acc.append(x)
    return acc
print(app(1), app(2))
print(app(3, []))
n = 5
def f(v=n): return v
n = 6
print(f())
def g(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())
print(g(1, c=3))
print(g(1, 9, 8, 7, c=3, e=5))
print(g.__defaults__, g.__kwdefaults__)
