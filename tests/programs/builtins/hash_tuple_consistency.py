# hash of equal tuples/frozensets is equal; tuple hash of ints is deterministic.
print(hash((1, 2)) == hash((1.0, 2.0)), hash((1, (2, 3))) == hash((True, (2, 3))))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print([hash(t) for t in [(), (0,), (1, 2, 3), (-1, -2)]])
