# isinstance/issubclass with tuples, nested tuples, unions, errors.
print(isinstance(1, int), isinstance(1, (str, int)), isinstance("s", (int, (float, str))), isinstance(True, int))
print(isinstance(1, int | str), isinstance(None, type(None)), isinstance([], (list, tuple)), isinstance(1.0, int))
print(issubclass(bool, (str, int)), issubclass(int, object), issubclass(list, list), issubclass(KeyError, (ValueError, LookupError)))
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
class Meta(type):
    def __instancecheck__(cls, obj): return obj == "magic"
class M(metaclass=Meta): pass
print(isinstance("magic", M), isinstance("other", M))
