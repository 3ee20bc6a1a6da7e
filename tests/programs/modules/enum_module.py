# enum Flag/auto/unique behaviour.
from enum import Enum, Flag, auto, unique
class Perm(Flag):
    R = auto(); W = auto(); X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, Perm.R.value, Perm.X.value, bool(Perm(0)))
class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    ROUND = 2
print(Shape.ROUND is Shape.CIRCLE, list(Shape), Shape.SQUARE.name)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
