# Set comparisons and operations with non-set iterables.
a = {1, 2}
print(a < {1, 2, 3}, a <= {1, 2}, a > set(), a == {1, 2}, a != {1})
try:
    a | [3]
except TypeError as e:
    print(e)
print(sorted(a.union([3])), a.issubset([1, 2, 3]))
print({1, 2} - {2} == {1}, frozenset({1}) < {1, 2})
print(len({1, 1.0, True}), {0, False, 0.0})
