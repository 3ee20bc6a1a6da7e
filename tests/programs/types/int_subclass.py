# Subclassing int and str: arithmetic returns base type.
class MyInt(int):
    def __repr__(self): return "MyInt(%d)" % self
m = MyInt(5)
print(m, repr(m), m + 1, type(m + 1).__name__, isinstance(m, int), m == 5)
class Up(str):
    def shout(self): return self.upper() + "!"
u = Up("hi")
print(u.shout(), type(u + "x").__name__, len(u), u == "hi")
class L(list):
    def total(self): return sum(self)
l = L([1, 2])
l.append(3)
print(l.total(), l, type(l[:1]).__name__)
