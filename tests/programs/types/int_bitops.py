# Bitwise operations including negative numbers and big shifts.
print(5 & 3, 5 | 3, 5 ^ 3, ~5, -5 & 0xff, -1 >> 10, -16 >> 2)
print(1 << 70, (1 << 70) >> 69, -(1 << 70) >> 1)
print((2 ** 100 - 1) & (2 ** 64), (2 ** 80) | 1, (2 ** 80) ^ (2 ** 80))
print(~(2 ** 65), -2 ** 65 & 0xffff)
try:
    1 << -1
except ValueError as e:
    print(e)
print(0b1010_1010 & 0b0110, bin(-10 & 0xF))
print((123456789).bit_length(), (-1).bit_length(), (0).bit_length(), (2 ** 100).bit_length())
print((255).bit_count(), (-7).bit_count())
