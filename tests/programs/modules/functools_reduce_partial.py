# functools.reduce and partial.
from functools import reduce, partial
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1), reduce(operator.add, [], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(e)
def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
print(square(5), partial(power, 2)(10), partial(power, mod=7)(3, 4))
p = partial(print, sep="-")
p("a", "b")
print(square.func is power, square.args, square.keywords)
