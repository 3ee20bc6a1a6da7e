# math.fsum is exactly rounded; math.prod with floats.
import math
print(math.fsum([0.1] * 10) == 1.0, math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]))
print(math.prod([0.5, 4, 3]), math.isclose(math.fsum([0.1, 0.2]), 0.3))
