# int arithmetic corners: big/small boundaries, true division rounding, pow with modulus, bytes.
big = 2 ** 64
print(big - 1, -big // 3, -big % 7, divmod(-big, -5), (-2 ** 63) // -1, abs(-2 ** 63))
print(10 ** 30 / 7, (2 ** 53 + 1) / 1, 1 / 3, -7 / 2, (10 ** 400) / (10 ** 399), 3 ** 200 / 2 ** 300)
print(pow(3, 200, 1000), pow(2, -1, 7), pow(-3, 3, -7), pow(5, 0, 1), pow(7, -2, 10 ** 20 + 1))
print(1 << 100, (1 << 100) >> 99, -1 >> 200, -(2 ** 100) >> 3, ~(2 ** 70), -5 & 0xFF, big | 1, big ^ -1)
print((255).to_bytes(2, 'big'), (255).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True), (0).to_bytes(0, 'big'))
print(int.from_bytes(b'\xff\xfe', 'big'), int.from_bytes(b'\xff\xfe', 'little', signed=True), int.from_bytes([1, 2], 'big'))
print((2 ** 100).bit_length(), (-255).bit_count(), (10).as_integer_ratio(), True.real, (5).denominator)
print(round(12345, -2), round(12350, -2), round(12450, -2), round(-15, -1), round(7, 2))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-2 ** 100), hash(-1), hash(10 ** 30))
print(2 ** 64 == 2.0 ** 64, 2 ** 64 + 1 > 2.0 ** 64, 2 ** 53 + 1 == 2.0 ** 53 + 1, 10 ** 400 > float('inf'), -10 ** 400 < -1e308)
print(True + True, True & 3, True | False, True ^ True, ~True, -True, True / 2, type(True & False).__name__)
print(0 ** 0, (-2) ** 3, 2 ** -2, (-8) ** (1 / 3), 0.0 ** 0, (-1) ** 0.5)
for e in ['1 / 0', '1 // 0', '1 % 0', 'divmod(1, 0)', '1 << -1', '0 ** -1', '(1).to_bytes(1, "x")',
          '(256).to_bytes(1, "big")', '(-1).to_bytes(1, "big")', 'pow(2, -1, 4)', 'pow(2, 3, 0)', '2.0 ** 10000',
          'int(float("inf"))', 'int(float("nan"))', 'float(10 ** 400)', '10 ** 400 / 1', 'str(10 ** 5000)', 'int("1" * 5000)']:
    try:
        eval(e)
    except (ValueError, OverflowError, ZeroDivisionError) as x:
        print(e, type(x).__name__, x)
