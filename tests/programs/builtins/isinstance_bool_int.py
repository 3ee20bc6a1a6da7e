# isinstance on bool/int/float distinctions and type() equality.
for v in [True, 1, 1.0, "1", None]:
    print(repr(v), isinstance(v, int), isinstance(v, bool), isinstance(v, (float, str)), type(v) is int)
