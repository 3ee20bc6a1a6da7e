# Default equality is identity; __ne__ derives from __eq__.
class A: pass
a, b = A(), A()
print(a == a, a == b, a != b, a is not b)
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
print(E(1) == E(1), E(1) != E(1), E(1) != E(2))
class N:
    def __eq__(self, o): return NotImplemented
print(N() == N(), N() != 1)
