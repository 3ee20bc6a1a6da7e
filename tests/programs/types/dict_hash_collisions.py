# Keys with equal hashes but different values; user keys with colliding hashes.
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __repr__(self): return "K%d" % self.v
d = {K(i): i for i in range(20)}
print(len(d), d[K(7)], list(d)[:3])
del d[K(3)]
print(len(d), K(3) in d, K(4) in d)
e = {-1: "a", -2: "b"}
print(e[-1], e[-2], hash(-1) == hash(-2))
f = {0: "int", 0.0: "float"}
print(f)
