# fractions.Fraction arithmetic and repr.
from fractions import Fraction as F
a = F(3, 4)
b = F(-5, 6)
print(a + b, a - b, a * b, a / b, a ** 2, -a, abs(b), repr(a))
print(F(6, 8), F(0.5), F("1/3"), F(1.1).limit_denominator(10), F(7, 2).numerator, F(7, 2).denominator)
print(a < b, a == F(6, 8), a == 0.75, float(a), int(F(7, 2)), round(F(5, 2)))
try:
    F(1, 0)
except ZeroDivisionError as e:
    print(e)
