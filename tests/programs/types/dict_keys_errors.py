# KeyError messages and unhashable keys.
d = {"a": 1}
try:
    d["missing"]
except KeyError as e:
    print(repr(e), str(e), e.args)
try:
    d[(1, 2)]
except KeyError as e:
    print(e)
try:
    d[[1]] = 2
except TypeError as e:
    print(e)
try:
    {[]: 1}
except TypeError as e:
    print(e)
try:
    d[{}]
except TypeError as e:
    print(e)
try:
    {}[""]
except KeyError as e:
    print(e)
