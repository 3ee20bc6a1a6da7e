# inf, nan and negative zero behaviour.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(nan), float("-inf"), float("Infinity"), float("NaN"))
print(inf > 1e308, inf + 1, inf - inf, inf * 0, -inf < inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
import math
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1.0))
print(-0.0, 0.0 == -0.0, math.copysign(1, -0.0), str(-0.0))
print([nan] == [nan], nan in [nan])
print(1e308 * 10, -1e308 * 10)
try:
    int(inf)
except OverflowError as e:
    print(e)
try:
    int(nan)
except ValueError as e:
    print(e)
