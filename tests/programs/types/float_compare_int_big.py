# Exact comparisons between floats and huge ints.
x = 2.0 ** 60
print(x == 2 ** 60, x + 1 == 2 ** 60 + 1, int(x) == 2 ** 60, x < 2 ** 60 + 1)
print(1e308 < 10 ** 309, 9007199254740993 > 9007199254740992.0, float(9007199254740993))
print(0.5 < 1, -0.5 > -1, float("inf") > 10 ** 1000, float("-inf") < -(10 ** 1000))
print(max(2 ** 53 + 1, float(2 ** 53)), sorted([1.5, 1, 2 ** 70, -1e30]))
