# Starred expressions in list/tuple/set/dict displays and calls.
a = [1, 2]
b = (3, 4)
print([*a, *b, 5])
print((*a, *b))
print(sorted({*a, *b, 1}))
d1 = {'x': 1}
d2 = {'y': 2, 'x': 3}
print({**d1, **d2})
print({**d2, 'x': 0})
def f(*args, **kw):
    return args, sorted(kw.items())
print(f(*a, 0, *b, **d1, z=9))
print(*"abc", sep="-")
print([*range(3), *"ab"])
