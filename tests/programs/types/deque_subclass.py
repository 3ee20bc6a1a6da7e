# collections.deque subclasses: __new__ honours cls, __init__ re-runs, copies
# and operators build the subclass, repr uses its name.
import copy
from collections import deque


class D(deque):
    pass


print(D([1, 2]), D([1], 2), D([1]).copy(), type(D([1]).copy()).__name__)
print(type(D() + D()).__name__, type(D([1]) * 2).__name__, copy.copy(D([3])))
print(isinstance(D(), deque), issubclass(D, deque), D.__mro__[1] is deque)
r = D([1], 3).__reduce__()
print(r[0].__name__, r[1], r[2], list(r[3]))
s = D([1]); s.x = 5
r = s.__reduce__()
print(r[1], r[2])


class Tagged(deque):
    def __init__(self, it, tag):
        super().__init__(it, 4)
        self.tag = tag

    def append(self, x):
        super().append(x * 10)


t = Tagged([1, 2], 't')
t.append(3)
print(t, t.tag, t.maxlen, len(t))
try:
    t.copy()
except TypeError as e:
    print('TypeError', e)


class Counted(deque):
    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls)
        self.made = True
        return self


c = Counted([1, 2], maxlen=2)
c.append(3)
print(c, c.made, deque.__new__(deque, 1, 2, x=3))


class Loud(deque):
    def __iter__(self):
        yield 'loud'


print(list(Loud([1, 2])), deque(Loud([1, 2])), Loud([1, 2]) == deque([1, 2]))
loud = Loud([1, 2])
print(repr(loud), loud.copy(), deque([3]) + loud, list(loud.__reduce__()[3]))
loud.extend(loud)
print(len(loud), loud[2])
