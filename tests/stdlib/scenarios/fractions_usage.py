# modules: numbers,fractions
from fractions import Fraction as F
import math
a = F(3, 4); b = F(-5, 6)
print(a + b, a - b, a * b, a / b, a ** 2, -a, abs(b), repr(a), a ** -2, F(-2, 3) ** -3, 2 ** F(2), 2 ** F(1, 2), F(1, 2) ** 0.5)
print(F(6, 8), F(0.5), F("1/3"), F(1.1).limit_denominator(10), F(7, 2).numerator, F(7, 2).denominator)
print(a < b, a == F(6, 8), a == 0.75, float(a), int(F(7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(-7, 2)), round(F(1234, 100), 1), round(F(1234, 100), -1))
for s in [" 1.5 ", "-3/4", "1e-2", "1_000", ".5", "5.", "1 / 2", "x", "1/0", "1.2.3", "", "+7", "3e2", "1__0"]:
    try: print(repr(s), repr(F(s)))
    except (ValueError, ZeroDivisionError) as e: print(repr(s), type(e).__name__, e)
try: F(1, 0)
except ZeroDivisionError as e: print(e)
try: F(1.5, 2)
except TypeError as e: print(e)
try: F([])
except TypeError as e: print(e)
try: F(float('nan'))
except ValueError as e: print(e)
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), F(1, 3) + 1, 1 - F(1, 3), F(1, 3) * 1.5, F(1,3) + 1j)
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), F(7, 2) // 2, F(7, 2) % 2, divmod(F(7, 2), F(1, 3)), 5 // F(3, 2))
print(F(3.14159).limit_denominator(1000), F(math.pi).limit_denominator(100), F(1, 3) < 0.34, F(1, 3) > float('inf'), sorted([F(1, 2), 0.3, 1]))
print(F(F(1, 2), F(1, 3)), F.from_float(0.1), F(10, -4), bool(F(0)), F(1,2).as_integer_ratio(), str(F(4, 2)))
import numbers
print(isinstance(F(1), numbers.Rational), isinstance(1, numbers.Integral), isinstance(1.0, numbers.Real), isinstance(1j, numbers.Real), issubclass(int, numbers.Number))
