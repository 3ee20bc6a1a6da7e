# decimal.Decimal exact arithmetic and quantize.
from decimal import Decimal as D, ROUND_HALF_UP, getcontext
print(D("1.10") + D("2.20"), D("1.1") * 3, D("10") / D("3"), D("2").sqrt())
print(D("2.675").quantize(D("0.01"), rounding=ROUND_HALF_UP), D("2.675").quantize(D("0.01")))
print(D(0.1), D("1e3") + 1, D("-0"), D("NaN").is_nan(), repr(D("1.0")))
getcontext().prec = 5
print(D(1) / D(7))
print(D("1.30") == D("1.3"), sorted([D("1.5"), D("0.5"), D("1")]))
