# Rich comparison dunders and reflection of comparisons.
class C:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq", self.v)
        return isinstance(o, C) and self.v == o.v
    def __lt__(self, o):
        print("lt", self.v)
        return self.v < o.v
    def __le__(self, o): return self.v <= o.v
print(C(1) == C(1), C(1) != C(2))
print(C(1) < C(2))
print(C(3) > C(2))
print(C(1) >= C(1))
print(sorted([C(3), C(1), C(2)], key=lambda c: c.v)[0].v)
try:
    C(1) < 5
except AttributeError:
    print("AttributeError")
class Only: pass
try:
    Only() < Only()
except TypeError as e:
    print(e)
