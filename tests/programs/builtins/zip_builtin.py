# zip with different lengths and iterators consumed partially.
it = iter(range(10))
print(list(zip(it, "abc")), next(it))
print(dict(zip(["a", "b"], [1, 2, 3])))
print(list(zip(range(3), range(3), range(3))))
a, b = zip(*[(1, 2), (3, 4), (5, 6)])
print(a, b)
try:
    zip(1)
except TypeError as e:
    print(e)
