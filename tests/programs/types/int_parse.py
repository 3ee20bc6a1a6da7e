# int() from strings with bases, whitespace, underscores; errors.
print(int("42"), int("  -7\n"), int("+3"), int("1_000"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0b101", 0), int("0o17", 0), int("z", 36))
print(int("101", 2), int("-10", 8))
print(int(3.9), int(-3.9), int(True))
for bad in ["", "1.5", "abc", "1__0", "0x", " "]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("12", 1)
except ValueError as e:
    print(e)
try:
    int(None)
except TypeError as e:
    print(e)
try:
    int("010", 0)
except ValueError as e:
    print(e)
