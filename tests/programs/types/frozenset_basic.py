# frozenset: immutable, hashable, mixed ops with set.
f = frozenset([3, 1, 2, 1])
print(sorted(f), len(f), hash(f) == hash(frozenset({1, 2, 3})))
d = {f: "frozen key"}
print(d[frozenset([1, 2, 3])])
print(type(f | {4}).__name__, type({4} | f).__name__, sorted(f & {1, 9}))
try:
    f.add(4)
except AttributeError as e:
    print(e)
print(frozenset(), frozenset() == set(), {frozenset([1]), frozenset([1])})
print(frozenset("ab") == frozenset("ba"))
