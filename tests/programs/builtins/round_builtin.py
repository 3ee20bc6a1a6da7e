# round() with ndigits for ints and floats, banker's rounding.
for v in [0.5, 1.5, 2.5, 3.5, -2.5, 4.4999, 4.5001]:
    print(v, round(v), type(round(v)).__name__)
print(round(3.14159, 3), round(3.14159, 0), round(314.159, -1), round(314.159, -3), round(-0.4))
print(round(15, -1), round(25, -1), round(35, -1), round(-25, -1), round(7, 2), round(10 ** 20 + 5, -1))
print(round(0.1 + 0.2, 15), round(1.0000001, 5), round(2.5, None))
try:
    round("1")
except TypeError as e:
    print(e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(e)
