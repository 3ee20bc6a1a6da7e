# int arithmetic: floor division and modulo with negatives.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 10, 2 ** -2, (-2) ** 3, 0 ** 0, pow(-8, 3))
print(17 % 5, -17 % 5, 17 % -5)
print(abs(-5), -(-5), +5)
print(10 ** 18 + 1, 3 * -3)
