# Implicit exception chaining via __context__.
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise IndexError("second")
except IndexError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
try:
    try:
        raise ValueError(1)
    finally:
        pass
except ValueError as e:
    print(e.__context__)
def f():
    try:
        raise OSError("inner")
    except OSError:
        pass
    raise LookupError("after")
try:
    f()
except LookupError as e:
    print(e.__context__)
