# vars() of instances, classes and errors.
class P:
    a = 1
    def __init__(self): self.x, self.y = 1, 2
p = P()
print(vars(p), sorted(k for k in vars(P) if not k.startswith("__")))
vars(p)["z"] = 3
print(p.z)
try:
    vars(5)
except TypeError as e:
    print(e)
class S:
    __slots__ = ("a",)
try:
    vars(S())
except TypeError as e:
    print(e)
