# hash(frozenset) follows CPython's algorithm (order-independent).
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset(range(100))))
print(hash(frozenset([(1, 2), 3.5, -7])), hash(frozenset([frozenset([1]), 2])))
print(hash(frozenset([3, 2, 1])) == hash(frozenset([1, 2, 3])))
d = {frozenset([1, 2]): "a"}
print(d[frozenset([2, 1])], frozenset([1, 2]) in {frozenset([2, 1])})
