# int builtin interactions: round, abs, bool, comparison with strings.
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 0), type(round(5)).__name__)
print(int.__add__(1, 2), (5).__mul__(3), (5).__radd__(1), (3).__eq__(3.0), (3).__eq__("3"))
print(1 == "1", 1 != "1")
try:
    1 < "1"
except TypeError as e:
    print(e)
print(int("  0b11 ", 0), int(" -0x10 ", 16))
