# raise ... from sets __cause__; from None suppresses context.
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad") from e
except ValueError as v:
    print(type(v.__cause__).__name__, v.__suppress_context__)
    print(type(v.__context__).__name__)
try:
    try:
        {}['k']
    except KeyError:
        raise RuntimeError("clean") from None
except RuntimeError as r:
    print(r.__cause__, r.__suppress_context__, type(r.__context__).__name__)
try:
    raise TypeError("t") from ValueError("v")
except TypeError as t:
    print(repr(t.__cause__))
