# collections.namedtuple fields, methods, repr.
from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x + p.y, p[0], tuple(p), P._fields, p._asdict())
print(p._replace(x=10), P._make([5, 6]), p == (1, 2), isinstance(p, tuple))
x, y = p
print(x, y, len(p))
Q = namedtuple("Q", ["a", "b"], defaults=[0])
print(Q(1), Q(1, 2))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError")
try:
    P(1)
except TypeError as e:
    print(e)
R = namedtuple("R", "class def", rename=True)
print(R._fields)
