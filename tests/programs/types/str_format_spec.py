# format() for strings with alignment, fill and precision.
print(format("abc", "<6") + "|", format("abc", ">6"), format("abc", "^7"), format("abc", "-^7"))
print(format("abcdef", ".3"), format("abcdef", "8.3") + "|", format("", "*>3"))
try:
    format("abc", "d")
except ValueError as e:
    print(e)
try:
    format("abc", "=5")
except ValueError as e:
    print(e)
print("{:>{w}}".format("x", w=4))
