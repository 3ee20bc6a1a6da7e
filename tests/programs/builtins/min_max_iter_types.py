# min/max over generators, strings, tuples and with key returning tuples.
print(max(x * x for x in range(-5, 3)), min("zebra"), max(("a", 2), ("a", 10)))
people = [("ann", 31), ("bob", 25), ("cid", 31)]
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: (p[1], p[0])))
print(max([3, 3.0]), type(max([3, 3.0])).__name__, min([True, 1]), max(range(0), default=-1))
