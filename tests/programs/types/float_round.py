# round() for floats: banker's rounding and representation issues.
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1234.5678, 1), round(-1234.5678, -1), round(5.5, 0), type(round(5.5, 0)).__name__)
print(round(1e300), len(str(round(1e300))))
try:
    round(float("inf"))
except OverflowError as e:
    print(e)
try:
    round(float("nan"))
except ValueError as e:
    print(e)
print(round(float("inf"), 2), round(float("nan"), 1))
