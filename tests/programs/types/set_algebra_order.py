# Results of set algebra iterate in CPython's order.
a = {1, 2, 3, 4, 40, 17, 33}
b = {3, 4, 5, 33, 65, 97}
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
print(a.union([9], (8,)), a.intersection([1, 2, 40], {2, 40}), a.difference([1], [2]), a.symmetric_difference([4, 10]))
print(frozenset(a) | b, b & frozenset(a), frozenset(b) - a)
c = set(a); c |= b; print(c)
c &= {1, 5, 9, 97, 33}; print(c)
c -= {1}; print(c)
c ^= {7, 5}; print(c)
c = {1, 2}; c.update([3], {4}); c.intersection_update([1, 2, 3, 9], range(3)); print(c)
c.difference_update([1]); print(c)
c.symmetric_difference_update([2, 3]); print(c)
big = set(range(100)); small = {5, 50, 500}
print(big & small, small & big, small - big, small.intersection(range(60)), set(range(100)) - set(range(3, 100)))
print(set({1: 2, 3: 4}), set(dict.fromkeys([64, 0, 32])), {1: 1, 65: 2}.keys() & {65, 1, 2})
