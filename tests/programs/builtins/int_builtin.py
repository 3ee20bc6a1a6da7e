# int() with bases and special inputs.
print(int(), int(0), int("0"), int("-0"), int(7.99), int("  12  "), int("١٢"))
print(int("7fffffff", 16), int("ZZ", 36), int("0_1"), int("0o7_7", 0), int(b"12"), int(bytearray(b"34")))
try:
    int("1", 37)
except ValueError as e:
    print(e)
try:
    int(1.5, 10)
except TypeError as e:
    print(e)
try:
    int([1])
except TypeError as e:
    print(e)
class I:
    def __int__(self): return 3
class X:
    def __index__(self): return 4
print(int(I()), int(X()))
