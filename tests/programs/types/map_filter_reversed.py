# map/filter/reversed laziness and results.
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, "", "x", None, []])), list(filter(lambda x: x > 1, [1, 2, 3])))
m = map(print, ["lazy"])
print("before consume")
list(m)
print(list(reversed([1, 2, 3])), list(reversed("ab")), list(reversed(range(3))), list(reversed((1, 2))))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
r = reversed([1])
print(next(r), next(r, None))
