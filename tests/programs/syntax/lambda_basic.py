# Lambdas: defaults, varargs, closures, immediate calls.
f = lambda x, y=2: x * y
print(f(3), f(3, 3))
g = lambda *a, **k: (a, sorted(k))
print(g(1, 2, b=1, a=2))
adders = [lambda x, n=n: x + n for n in range(3)]
print([h(10) for h in adders])
late = [lambda x: x + n for n in range(3)]
print([h(10) for h in late])
print((lambda: "imm")())
print(f.__name__)
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
k = lambda *, key: key
print(k(key=4))
