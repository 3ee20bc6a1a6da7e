# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(10 - 3 - 2, 100 / 10 / 5, 2 * 3 % 4, 7 // 2 * 2)
print(1 << 2 + 1, 6 & 3 | 8, 5 ^ 1 & 3, ~5 + 1)
print(not 1 == 2, 1 + 2 == 3 and 4 > 3)
print(3 - -3, - - 3, +-+3)
print(2 ** -1, 1 if 0 else 2 + 10)
print([1, 2] + [3] * 2, "a" "b" * 2)
