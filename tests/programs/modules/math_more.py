# math: special values, integer functions on big ints, exact fsum.
import math
print(math.log(10 ** 400), math.log2(2 ** 1000), math.log10(10 ** 300), math.log(8, 2), math.log(100, 10))
print(math.factorial(30), math.comb(100, 50), math.perm(10, 3), math.perm(5), math.isqrt(10 ** 40 + 1))
print(math.gcd(12, 18, 30), math.gcd(), math.lcm(4, 6, 10), math.lcm(), math.gcd(-4, 6), math.lcm(0, 5))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(7), math.ceil(2 ** 70 + 0.0))
print(math.modf(-3.25), math.frexp(-48.0), math.ldexp(0.75, 6), math.copysign(3, -0.0))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)), math.hypot())
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.pow(2, 0.5), math.pow(-2, 3), math.pow(float('inf'), -1), math.pow(1, float('nan')))
print(math.fmod(-7, 3), math.fmod(7, float('inf')), math.remainder(7, 2), math.remainder(5, 2))
print(math.erf(0.5), math.erfc(0.5), math.gamma(5), math.lgamma(1), math.gamma(3))
print(math.degrees(math.pi), math.radians(180), math.expm1(1e-10), math.log1p(1e-10))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.atan2(-0.0, -1.0), math.sqrt(2 ** 100))
for expr in ['math.sqrt(-1)', 'math.log(0)', 'math.log(-5, 2)', 'math.exp(1000)', 'math.fsum([1e308, 1e308])',
             'math.fsum([float("inf"), float("-inf")])', 'math.factorial(-3)', 'math.comb(5, -1)',
             'math.gamma(0)', 'math.acos(2)', 'math.ldexp(1.0, 5000)', 'math.pow(0, -1)', 'math.floor("x")',
             'math.trunc("x")', 'math.isclose(1, 2, rel_tol=-1)', 'math.dist((1,), (1, 2))', 'math.log(10, 1)']:
    try:
        eval(expr)
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(expr, type(e).__name__, e)
