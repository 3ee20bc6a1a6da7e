# math integer functions on big values.
import math
print(math.factorial(30), math.comb(100, 50), math.perm(10), math.isqrt(2 ** 200 + 1) == 2 ** 100)
print(math.gcd(*[12, 18, 30]), math.lcm(2, 3, 4, 5), math.gcd(), math.prod(range(1, 11)), math.prod([], start=5))
print(math.floor(-0.5), math.ceil(0.5), math.nextafter(1.0, 2.0) > 1.0, math.ulp(1.0))
print(math.dist([0, 0], [3, 4]), math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4))
