# hash() of ints is the value modulo 2**61-1 and -1 maps to -2.
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(10 ** 30), hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(True))
print(hash((1, 2, 3)), hash(()), hash((1,)), hash(((1, 2), 3)))
print(hash(2 ** 64) == hash(2 ** 64 % (2 ** 61 - 1)))
