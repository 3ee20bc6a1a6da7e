# isinstance with numeric tower via numbers module.
import numbers
for v in [1, True, 1.5, 1j]:
    print(type(v).__name__, isinstance(v, numbers.Number), isinstance(v, numbers.Integral), isinstance(v, numbers.Real), isinstance(v, numbers.Complex))
from fractions import Fraction
from decimal import Decimal
print(Fraction(1, 3) + Fraction(1, 6), Fraction("0.25"), isinstance(Fraction(1, 2), numbers.Rational))
print(Decimal("0.1") + Decimal("0.2"), Decimal(10) / Decimal(4))
