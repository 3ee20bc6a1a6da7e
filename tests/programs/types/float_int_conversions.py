# Conversions between int and float; truncation and rounding functions.
import math
for v in [2.5, -2.5, 3.7, -3.7, 0.5, -0.5]:
    print(v, int(v), math.floor(v), math.ceil(v), round(v), math.trunc(v))
print(float(1), float(-7), int(1e10), int(1.9999999999999999))
print(int(2 ** 63 + 0.0), int(1e20))
