# math trigonometric functions at exact points.
import math
print(math.sin(0), math.cos(0), math.tan(0), math.atan(1) * 4 == math.pi)
print(round(math.sin(math.pi / 6), 12), round(math.cos(math.pi / 3), 12), math.atan2(1, 1), math.atan2(-0.0, -1))
print(math.asin(1), math.acos(1), math.sinh(0), math.cosh(0), math.tanh(0))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0, 1e-10, abs_tol=1e-9))
