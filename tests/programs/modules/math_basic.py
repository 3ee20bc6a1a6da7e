# math module constants and common functions.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan != math.nan)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10 ** 40), math.pow(2, 10), math.exp(1) == math.e)
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.fabs(-3), math.fmod(-7, 3), math.remainder(7, 3))
print(math.factorial(20), math.gcd(48, 18), math.gcd(0, 0), math.lcm(4, 6), math.gcd(2 ** 100, 6 ** 50))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0))
print(math.hypot(3, 4), math.copysign(3, -0.0), math.degrees(math.pi), math.radians(180))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))
