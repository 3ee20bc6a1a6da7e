# enumerate combined with zip and unpacking in comprehensions.
names = ["a", "b", "c"]
scores = [90, 80, 70]
print([(i, n, s) for i, (n, s) in enumerate(zip(names, scores), 1)])
print(dict((n, i) for i, n in enumerate(names)))
