# deque indexing, insert, remove, maxlen extend, comparison.
from collections import deque
d = deque(range(5))
d.insert(2, "x")
d.remove(3)
print(d, d.index("x"), d[2], 4 in d)
d[0] = "first"
del d[1]
print(d)
lim = deque(maxlen=2)
lim.extend([1, 2, 3, 4])
print(lim, deque([1, 2]) < deque([1, 3]), deque() == deque([]), repr(deque([], maxlen=0)))
try:
    d.remove("nope")
except ValueError as e:
    print(e)
