# modules: enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class S(str, Enum):
    A = 'a'
class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
print(f"{S.A}", str(S.A), repr(S.A), format(Color.RED), f"{Color.RED:>12}|")
class N(IntEnum):
    A = 1
print(str(N.A), repr(N.A), f"{N.A}", N.A + 1, type(N.A + 1))
class P(Flag):
    R = auto(); W = auto(); X = auto()
print(repr(P.R|P.W), str(P.R|P.W), repr(P(0)), str(P(0)), list(P.R|P.X), len(P.R|P.W), ~P.R, P(7), bool(P(0)))
class IP(IntFlag):
    R = 4; W = 2
print(repr(IP.R|IP.W), str(IP.R|IP.W), IP.R|8, repr(IP(0)), IP.R | 1)
print(Color.__members__, list(Color), Color.CRIMSON, len(Color), Color.RED in Color)
print(repr(Color), Color['RED'], Color(1), hash(Color.RED) == hash('RED'))
try: Color['X']
except KeyError as e: print(repr(e))
try: Color.RED = 5
except AttributeError as e: print(e)
try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
try:
    class Ext(Color): X = 5
except TypeError as e: print(e)
class Planet(Enum):
    MERCURY = (3.3e23, 2.4e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
print(Planet.MERCURY.mass, Planet.MERCURY.value)
class SE(StrEnum):
    A = auto(); B = 'bee'
print(SE.A, repr(SE.A), SE.B == 'bee')
class Sh(Enum):
    def _generate_next_value_(name, start, count, last_values): return name.lower()
    X = auto()
print(Sh.X.value)
class M(Enum):
    A = 1
    @classmethod
    def _missing_(cls, v): return cls.A
print(M(99))
try: Color('x')
except ValueError as e: print(e)
F = Enum('F', 'a b c')
print(list(F), F.a.value)
G = Enum('G', [('x', 10), ('y', 20)])
print(G.y, G(10))
print(Color.RED.name, Color.RED.value, Color.RED == 1, Color.RED is Color.CRIMSON, dir(Color)[:3])
print(isinstance(Color.RED, Color), type(Color.RED), type(Color))
print(sorted([N.A, 0]), P.R in P.R|P.W, P.R & P.W, P.W ^ P.W | P.R)
class T(Enum):
    A = 1
    def describe(self): return self.name.lower()
    @property
    def double(self): return self.value * 2
print(T.A.describe(), T.A.double, T.A.__class__.__name__, {T.A: 1}[T.A])
import copy; print(copy.copy(T.A) is T.A, copy.deepcopy(T.A) is T.A)
print(P.__members__.keys(), P(3).name, P(1).name)
print(list(reversed(Color)))
