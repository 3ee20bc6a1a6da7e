# format() with numbers and format spec mini-language features.
print(format(1234567, ","), format(1234567, "_"), format(-42, "=+8"), format(42, "^8"), format(42, "*<6"))
print(format(3.5, "08.3f"), format(-3.5, "08.3f"), format(1e6, ",.1f"), format(0.000012, ".2e"))
print(format(42, "c"), format(97, "c"), format(255, "X"), format(0.25, "%"), format(1 / 3, ".3%"))
print(format(10, "+"), format(10, " "), format(-10, " "), format(1.0, "+g"))
try:
    format(1, ".2d")
except ValueError as e:
    print(e)
try:
    format(1.5, "x")
except ValueError as e:
    print(e)
print(format(123, ""), format([1, 2]), format(None))
