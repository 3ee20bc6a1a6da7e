# complex numbers: arithmetic, repr, attributes.
z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate(), -z)
print(z + 1, z * 2j, z / (1 + 1j), z ** 2, (1j) ** 2)
print(complex(1, 2), complex("3+4j"), complex(2), complex(), repr(1j), repr(-1j), repr(complex(0, -0.0)))
print(z == complex(3, 4), (1 + 0j) == 1, type(z).__name__)
try:
    z < z
except TypeError as e:
    print(e)
try:
    1j / 0
except ZeroDivisionError as e:
    print(e)
print(complex(1.5, -2), (1 + 2j).imag)
