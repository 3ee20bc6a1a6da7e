# Numeric literal forms: hex, octal, binary, underscores, floats, complex.
print(0x1F, 0o17, 0b101, 0XAB, 0O7, 0B11)
print(1_000_000, 0x_ff_ff, 1_0.5_0)
print(1e3, 1E-3, .5, 5., 1_0e1_0)
print(3j, 1.5j + 1, 0j, type(2j).__name__)
print(00, 0_0)
print(123456789012345678901234567890)
print(0xffffffffffffffffffffffff)
