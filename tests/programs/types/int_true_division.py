# int / int always gives float; big-int true division is correctly rounded.
print(7 / 2, 6 / 3, -1 / 4, type(4 / 2).__name__)
print(10 ** 30 / 10 ** 10, (2 ** 64 + 1) / 2, 1 / 3)
print(2 ** 1000 / 2 ** 999)
try:
    2 ** 2000 / 3
except OverflowError as e:
    print(e)
print(1 / 10 ** 400)
