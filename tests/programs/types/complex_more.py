# complex: parsing, powers, equality, hashing, errors.
print(complex("1j"), complex("-1.5-2.5j"), complex(" 3 "), complex("(1+2j)"))
try:
    complex("1 + 2j")
except ValueError as e:
    print(e)
print((2 + 3j) * (4 - 5j), (1 + 1j) ** 2, (2j) ** 0, 1j ** 1j)
print(hash(1 + 0j) == hash(1), (1 + 2j) != (1 + 3j), abs(-3j), abs(3 + 4j))
try:
    int(1j)
except TypeError as e:
    print(e)
print(repr(complex(float("inf"), float("nan"))), repr(1e20j), repr(-0.0 + 0j))
