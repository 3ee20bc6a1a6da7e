# Formatting floats with various specs.
x = 1234.5678
print(format(x, ".2f"), format(x, "e"), format(x, ".3e"), format(x, "g"), format(x, ".10g"))
print(format(x, "10.1f") + "|", format(-x, "+.0f"), format(x, "015.3f"))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(0.125, ".2f"))
print(format(1e100, ".3g"), format(1e-100, "g"), format(float("inf"), "f"), format(float("nan"), "e"))
print("%.1f %.0e %G" % (0.05, 12345, 1e-10))
print(format(12.0, ""), format(1e16, ""), str(1e16))
print(format(3.0, "n"), format(0.1, ".20f"))
