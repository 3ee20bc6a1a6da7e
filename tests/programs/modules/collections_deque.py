# collections.deque operations.
from collections import deque
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend([5, 6]); d.extendleft([-1, -2])
print(d, len(d), d[0], d[-1])
d.rotate(2); print(d)
d.rotate(-3); print(d)
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10); m.appendleft(99)
print(m)
print(deque("abc") == deque("abc"), list(reversed(deque([1, 2]))), deque([1, 2, 1]).count(1))
try:
    deque().pop()
except IndexError as e:
    print(e)
d.clear(); print(d)
