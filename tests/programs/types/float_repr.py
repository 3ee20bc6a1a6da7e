# float repr uses shortest round-tripping digits.
for x in [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-7, 123456789.123, 1.5e300, 5e-324, 1e22, 1e23, 100.0, 0.000123]:
    print(repr(x), str(x), float(repr(x)) == x)
print(1.0, -0.0, 1e15, 1e16, 12345678901234567.0)
print(float("0.1") == 0.1, 0.1 * 3, 1.1 + 2.2)
