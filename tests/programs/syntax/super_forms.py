# super(): zero-argument, two-argument, classmethods, properties, errors.
class A:
    def __init__(self, v):
        self.v = v
    def f(self): return "A.f"
    @classmethod
    def make(cls): return ("A.make", cls.__name__)
    @property
    def p(self): return "A.p"
class B(A):
    def __init__(self, v):
        super().__init__(v * 2)
    def f(self): return ("B.f", super().f())
    @classmethod
    def make(cls): return ("B.make", super().make())
    @property
    def p(self): return ("B.p", super().p)
b = B(3)
print(b.v, b.f(), B.make(), b.p)
print(super(B, b).f(), super(B, B).make())
class C(B):
    def f(self): return ("C.f", super(B, self).f())
print(C(1).f())
def outside(): return super()
try: outside()
except RuntimeError as e: print(e)
try: super(B, 1)
except TypeError as e: print(e)
try: super(1, b)
except TypeError as e: print(e)
class E:
    def __setattr__(self, k, v):
        print("set", k)
        super().__setattr__(k, v)
    def __getattribute__(self, k):
        return object.__getattribute__(self, k)
e = E(); e.q = 1; print(e.q)
class L(list):
    def append(self, x): super().append(x * 10)
l = L(); l.append(2); print(l)
