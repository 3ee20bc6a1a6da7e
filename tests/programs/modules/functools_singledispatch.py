# functools.singledispatch dispatches on the first argument's type.
from functools import singledispatch
@singledispatch
def describe(x):
    return "object"
@describe.register
def _(x: int):
    return "int %d" % x
@describe.register(list)
def _(x):
    return "list of %d" % len(x)
print(describe(1), describe([1, 2]), describe("s"), describe(True))
