# list() of various iterables and list equality with tuples/ranges.
print(list(), list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}), list({"a": 1}.items()))
print(list(x for x in range(3)), list(map(abs, [-1, -2])))
print([1, 2] == list(range(1, 3)), list(range(3)) == range(3))
l = list([1, 2])
print(l == [1, 2], l is not [1, 2])
