# Bound method objects, __self__, __func__, equality.
class A:
    def m(self, x): return (self.name, x)
a = A(); a.name = "a"
bm = a.m
print(bm(1), bm.__self__ is a, bm.__func__ is A.m)
print(a.m == a.m, a.m is a.m)
f = A.m
print(f(a, 2))
a.m = lambda x: "instance attr " + str(x)
print(a.m(3))
class B:
    def __init__(self): self.calls = []
    def rec(self, v): self.calls.append(v)
b = B()
list(map(b.rec, [1, 2]))
print(b.calls)
