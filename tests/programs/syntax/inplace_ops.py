# In-place dunders (__iadd__ ...) and fallback to binary ops.
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        self.items.remove(x)
        return self
class Plain:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Plain(self.v + o)
a = Acc()
orig = a
a += 1; a += 2; a -= 1
print(a.items, a is orig)
p = Plain(1)
q = p
p += 5
print(p.v, q.v, p is q)
class Weird:
    def __imul__(self, o): return "replaced"
w = Weird()
w *= 3
print(w)
