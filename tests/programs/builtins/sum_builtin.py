# sum with start values, floats, errors for strings.
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum(range(101)), sum([[1], [2]], []))
print(sum([1.5, 2, True]), sum((x for x in range(5)), start=100), sum([1j, 2]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
try:
    sum(["a", "b"])
except TypeError as e:
    print(e)
print(sum([2 ** 64, 2 ** 64]), sum([1e100, 1.0, -1e100]))
