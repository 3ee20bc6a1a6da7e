# float() from ints, strings, and objects with __float__ / __index__.
print(float(), float(3), float("3"), float(" -2.5e-3 "), float(True), float(2 ** 60))
class F:
    def __float__(self): return 1.25
class I:
    def __index__(self): return 7
print(float(F()), float(I()))
try:
    float([1])
except TypeError as e:
    print(e)
try:
    float("1,5")
except ValueError as e:
    print(e)
