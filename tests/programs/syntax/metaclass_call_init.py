# Metaclasses: __new__, __init__, __call__ overrides; type() picks the derived metaclass.
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args):
        print("call", cls.__name__, args)
        return super().__call__(*args)
class G(metaclass=Meta, flag=1):
    def __init__(self, x): self.x = x
g = G(5)
print(g.x, type(G).__name__, isinstance(G, Meta))
T = type("T", (G,), {"y": 2})
print(type(T).__name__, T.y)
class Single(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class S(metaclass=Single): pass
print(S() is S())
print(Meta.__prepare__("X", ()))
