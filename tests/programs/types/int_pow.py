# Integer exponentiation with large results and negative exponents.
print(3 ** 40, 7 ** 23, (-3) ** 5, 10 ** 0)
print(2 ** 0.5 == 2 ** 0.5, type(2 ** -1).__name__, 4 ** 0.5)
print(pow(2, 100, 10 ** 9), pow(3, -1, 7), pow(-2, 3, 5))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
print((-8) ** (1 / 3) == complex((-8) ** (1 / 3)))
print(type((-8) ** 0.5).__name__)
