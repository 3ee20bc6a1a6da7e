# pow with two and three arguments, negatives, modular inverse.
print(pow(2, 10), pow(2, -1), pow(-2, 2), pow(2.0, 3), pow(4, 0.5), pow(0, 0))
print(pow(3, 200, 1000), pow(7, -1, 13), pow(38, -1, 97), pow(2, 3, -5), pow(-7, 2, 10), pow(5, 0, 1))
for bad in [lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: pow(2, -1, 6), lambda: pow(0, -1)]:
    try:
        bad()
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(pow(2, 10 ** 3, 10 ** 9 + 7), pow(base=2, exp=5, mod=7))
