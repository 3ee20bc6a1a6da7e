# float methods: is_integer, as_integer_ratio, hex, fromhex.
print((3.0).is_integer(), (3.5).is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.25).as_integer_ratio())
print((1.0).hex(), (0.1).hex(), float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"))
print((2.5).real, (2.5).imag, (2.5).conjugate())
print(float("  1.5  "), float("1e5"), float("-.5"), float("1_0.5"))
for bad in ["", "1.5.5", "abc", "1e"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
