# type() with one and three arguments.
print(type(5).__name__, type("").__name__)
C = type("C", (), {"x": 1, "hello": lambda self: "hi"})
print(C.__name__, C().x, C().hello(), C.__bases__)
D = type("D", (C,), {})
print(D().hello(), issubclass(D, C))
try:
    type("E", 1, {})
except TypeError as e:
    print(e)
