# __index__ is used for slicing, bin/hex, range, sequence repetition.
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
l = list(range(10))
print(l[I(2)], l[I(1):I(4)], bin(I(5)), hex(I(255)), list(range(I(3))))
print("ab" * I(2), [0] * I(3))
import operator
print(operator.index(I(7)))
try:
    l[1.0]
except TypeError as e:
    print(e)
