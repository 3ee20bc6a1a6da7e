# enumerate and zip including strict mode.
print(list(enumerate("abc")), list(enumerate("ab", start=10)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
print(list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(e)
e = enumerate([5, 6])
print(next(e), next(e), next(e, "end"))
