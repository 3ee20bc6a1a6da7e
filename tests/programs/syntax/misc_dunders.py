# __contains__ fallback, __reversed__, __round__, __int__, __float__.
class R:
    def __reversed__(self): return iter("cba")
    def __round__(self, n=None): return ("round", n)
    def __int__(self): return 42
    def __float__(self): return 2.5
    def __complex__(self): return 1j
print(list(reversed(R())), round(R()), round(R(), 2))
print(int(R()), float(R()), complex(R()))
class Trunc:
    def __trunc__(self): return 7
import math
print(math.trunc(Trunc()))
class Floorish:
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
print(math.floor(Floorish()), math.ceil(Floorish()))
