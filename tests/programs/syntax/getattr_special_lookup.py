# Special methods are looked up on the type, not the instance.
class C:
    def __len__(self): return 5
c = C()
c.__len__ = lambda: 99
print(len(c), c.__len__())
class D:
    def __getattr__(self, name):
        return lambda *a: "dyn " + name
d = D()
print(d.__foo__())
try:
    len(d)
except TypeError as e:
    print(e)
