# int methods: to_bytes, from_bytes, as_integer_ratio, conjugate, real/imag.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print((5).as_integer_ratio(), (5).real, (5).imag, (5).conjugate(), (5).numerator, (5).denominator)
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(e)
print(int.from_bytes(bytes(range(1, 20)), "little"))
