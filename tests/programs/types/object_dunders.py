# object's default dunders: eq/ne/hash, format, str, dir, __class__, __init_subclass__.
class A: pass
a, b = A(), A()
print(a == a, a != a, a == b, a != b, hash(a) == hash(a))
print(format(a, "") == str(a) == repr(a), repr(a).startswith("<__main__.A object at 0x"))
try: format(a, "x")
except TypeError as e: print(e)
class H:
    def __eq__(self, o): return True
print(H.__hash__, H() != H())
try: hash(H())
except TypeError as e: print(e)
class N:
    def __eq__(self, o): return NotImplemented
print(N() != N())
class P:
    def __init__(self): self.x = 1
    def m(self): pass
print([n for n in dir(P()) if not n.startswith("__")], "__init__" in dir(P))
class Q(P): pass
q = P(); q.__class__ = Q; print(type(q).__name__)
try: q.__class__ = int
except TypeError as e: print(e)
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Child(Base, tag="c"): pass
print(Child.tag)
try:
    class Bad(tag=1): pass
except TypeError as e: print(e)
print(object.__subclasshook__(), A.__subclasses__(), Base.__subclasses__())
print(object().__sizeof__() > 0, type(object.__reduce_ex__(a, 2)).__name__)
print(object.__eq__(a, b), object.__ne__(a, a))
