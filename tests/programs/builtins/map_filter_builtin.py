# map with multiple iterables, filter with None, errors.
print(list(map(pow, [2, 3], [3, 2, 1])), list(map(len, ["a", "bb"])))
print(list(filter(str.isdigit, "a1b2")), list(filter(None, range(-2, 3))))
try:
    list(map(None, [1]))
except TypeError as e:
    print(e)
print(list(map(lambda *a: sum(a), [1], [2], [3])))
