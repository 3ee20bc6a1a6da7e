# enumerate with start, negative start, and big ints.
print(list(enumerate([])), list(enumerate("ab", -1)), list(enumerate("a", 2 ** 70)))
for i, (a, b) in enumerate([(1, 2), (3, 4)], 1):
    print(i, a + b)
print(type(enumerate([])).__name__)
