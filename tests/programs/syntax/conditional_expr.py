# Conditional expressions and their laziness.
def side(x):
    print("side", x)
    return x
for v in (0, 1, "", "x", None):
    print(repr(v), "truthy" if v else "falsy")
print(side(1) if True else side(2))
print(side(1) if False else side(2))
x = 5
print("a" if x > 3 else "b" if x > 1 else "c")
print("a" if x > 7 else "b" if x > 1 else "c")
print((lambda: 1 if x else 0)())
