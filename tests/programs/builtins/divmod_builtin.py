# divmod for ints/floats, negative operands, errors.
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(0, 3))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(2 ** 70, 3), divmod(True, 2))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(e)
try:
    divmod("a", 1)
except TypeError as e:
    print(e)
