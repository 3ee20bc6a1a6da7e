# Comparisons between ints, floats and bools, including big ints.
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 == float("inf"))
print(1 < 2.5 < 3, True < 2, max(1, 1.0), max(1.0, 1))
print(sorted([3, 1.5, True, -2, 10 ** 20]))
print(0 == -0, 0 == 0.0 == -0.0)
