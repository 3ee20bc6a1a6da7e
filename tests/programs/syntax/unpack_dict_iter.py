# Unpacking dicts and sets in assignment.
a, b = {"x": 1, "y": 2}
print(a, b)
(k1, v1), (k2, v2) = {"p": 1, "q": 2}.items()
print(k1, v1, k2, v2)
first, *others = sorted({3, 1, 2})
print(first, others)
