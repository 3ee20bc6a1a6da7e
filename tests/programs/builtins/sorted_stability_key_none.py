# sorted with key=None and reverse keeps stability for equal elements.
data = [(1, "a"), (0, "b"), (1, "c"), (0, "d")]
print(sorted(data, key=lambda t: t[0], reverse=True))
print(sorted(data, reverse=True))
print(sorted([1, 1.0, True], reverse=True), [type(x).__name__ for x in sorted([1, 1.0, True], reverse=True)])
