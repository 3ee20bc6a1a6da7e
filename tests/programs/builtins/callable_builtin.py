# callable() on various objects.
class C:
    def __call__(self): pass
class D: pass
print(callable(len), callable(C), callable(C()), callable(D()), callable(None), callable("s"), callable(lambda: 0), callable(print), callable(type))
