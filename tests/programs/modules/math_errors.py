# math domain and range errors.
import math
for f, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.acos, 2), (math.factorial, -1)]:
    try:
        f(arg)
    except ValueError as e:
        print(f.__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print(e)
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    math.sqrt("x")
except TypeError as e:
    print(e)
print(math.sqrt(True), math.floor(10 ** 30) == 10 ** 30, type(math.floor(2.5)).__name__)
