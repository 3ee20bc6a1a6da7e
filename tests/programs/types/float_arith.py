# float arithmetic, floor division and modulo signs.
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-12)
print(2.0 ** 0.5, 10.0 ** -2, (-8.0) ** 2, 2 ** 1023 * 2.0)
print(1 / 3 * 3, 3 * 0.1, 1e300 * 1e10)
print(round(2.675, 2), 1.0 - 0.9)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
print(float(10 ** 20), float(2 ** 63))
try:
    float(10 ** 400)
except OverflowError as e:
    print(e)
