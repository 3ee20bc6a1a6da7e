# tuples: creation, indexing, immutability, count/index, hashing.
t = (1, "a", 2.5, (3, 4))
print(t, len(t), t[3][1], t[-1], t[1:], t.count(1), t.index("a"))
print((), (1,), tuple("ab"), tuple([1, 2]), type(()).__name__)
try:
    t[0] = 9
except TypeError as e:
    print(e)
print((1, 2) + (3,), (1,) * 3, (1, 2) < (1, 3), (1, 2) == (1, 2))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "v"}[(1, 2)])
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
a, b = (b, a) if False else (1, 2)
print(a, b)
try:
    (1, 2).index(5)
except ValueError as e:
    print(e)
