# set operations and methods.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= a, {1} < a, a >= {1, 2}, a.isdisjoint({9}), a.issubset(range(10)), a.issuperset([1]))
s = set()
s.add(1); s.add(1); s.update([2, 3], (4,))
s.discard(99); s.remove(4)
print(sorted(s), len(s), 2 in s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
p = s.pop()
print(len(s), p in s)
print(set(), repr(set()), {1}, type({}).__name__)
print(sorted(a.union([10], [11])), sorted(a.intersection(b, {4})), sorted(a.difference([1], [2])), sorted(a.symmetric_difference([1, 9])))
try:
    {[1]}
except TypeError as e:
    print(e)
