# abs on ints, floats, complex, bools and objects.
print(abs(-3), abs(3), abs(-2.5), abs(-0.0), abs(3 - 4j), abs(True), abs(-(10 ** 30)), abs(float("-inf")))
class A:
    def __abs__(self): return "abs called"
print(abs(A()))
try:
    abs("x")
except TypeError as e:
    print(e)
