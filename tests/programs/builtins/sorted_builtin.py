# sorted() returns new lists from any iterable; keyword-only args.
print(sorted((3, 1, 2)), sorted("cab"), sorted({3: 0, 1: 0}), sorted({2, 1}), sorted(range(3), reverse=True))
data = [{"n": "b", "a": 2}, {"n": "a", "a": 2}, {"n": "c", "a": 1}]
print([d["n"] for d in sorted(data, key=lambda d: d["a"])])
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(e)
l = [2, 1]
s = sorted(l)
print(l, s, l is s)
