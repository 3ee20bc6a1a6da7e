# In-place set operators and methods.
a = {1, 2, 3}
a |= {4}; print(sorted(a))
a &= {1, 2, 4, 9}; print(sorted(a))
a -= {1}; print(sorted(a))
a ^= {2, 7}; print(sorted(a))
a.intersection_update([4, 7, 8]); print(sorted(a))
a.difference_update([7]); print(sorted(a))
a.symmetric_difference_update([4, 5]); print(sorted(a))
a.clear(); print(a)
s = {1, 2}
print(s == {2, 1}, s == frozenset({1, 2}), {1, 2} == [1, 2])
