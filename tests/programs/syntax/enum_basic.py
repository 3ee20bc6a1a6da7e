# enum.Enum members, iteration, lookup.
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"])
print([c.name for c in Color], Color.RED.value)
print(Color.RED is Color(1), Color.RED == 1)
try:
    Color(7)
except ValueError as e:
    print(e)
class N(enum.IntEnum):
    A = 1
    B = 2
print(N.A + 1, N.B == 2, sorted([N.B, N.A]))
