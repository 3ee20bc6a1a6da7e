# TypeError: cannot unpack non-iterable NoneType object.
a, b = None
