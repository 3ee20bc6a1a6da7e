# hash of ints, floats, tuples, bools, None-equality; unhashable errors.
print(hash(42), hash(-42), hash(2 ** 100), hash(3.0) == hash(3), hash(1.5), hash(-0.5))
print(hash((1, 2)), hash((1, (2, 3))), hash((True, 0.0)) == hash((1, 0)), hash(frozenset()) == hash(frozenset()))
for bad in [[], {}, set(), bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print(e)
class H:
    def __hash__(self): return 12345
print(hash(H()))
class Big:
    def __hash__(self): return 2 ** 100
print(hash(Big()))
class Bad:
    def __hash__(self): return "x"
try:
    hash(Bad())
except TypeError as e:
    print(e)
