# __hash__/__eq__ interplay: defining __eq__ disables hashing.
class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, P) and self.x == o.x
    def __hash__(self): return hash(self.x)
s = {P(1), P(1), P(2)}
print(len(s))
d = {P(1): "one"}
print(d[P(1)])
class NoHash:
    def __eq__(self, o): return True
print(NoHash.__hash__)
try:
    {NoHash()}
except TypeError as e:
    print(e)
class Plain: pass
a = Plain()
print(a == a, a == Plain(), hash(a) == hash(a))
class Child(P):
    def __eq__(self, o): return False
try:
    hash(Child(1))
except TypeError as e:
    print(e)
