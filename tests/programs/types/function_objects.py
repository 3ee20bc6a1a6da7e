# Function, bound method, code, cell and builtin reprs and attributes.
def f(a, b=2, *, c=3):
    "doc"
    return a
class A:
    def m(self): pass
    @staticmethod
    def s(): return "s"
    @classmethod
    def c(cls): return cls.__name__
x = A()
print(f.__name__, f.__qualname__, f.__doc__, f.__module__, f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_name, f.__code__.co_varnames, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__closure__, f.__annotations__)
print(repr(f).startswith("<function f at 0x"), repr(A.m).startswith("<function A.m at 0x"))
print(repr(x.m).startswith("<bound method A.m of <__main__.A object at 0x"), x.m.__func__ is A.m, x.m.__self__ is x, x.m == x.m, x.m.__name__)
f.extra = 5; print(f.extra, f.__dict__)
f.__defaults__ = (9,); print(f(1), f.__defaults__)
f.__name__ = "g"; print(f.__name__)
try: f.__name__ = 1
except TypeError as e: print(e)
print(len, [].append.__name__, list.append, int.__add__, dict.fromkeys.__name__)
print(type(len).__name__, type(list.append).__name__, type(int.__add__).__name__, type((1).__add__).__name__)
def h():
    y = 2
    def k(): return y
    return k
print(h().__closure__[0].cell_contents, h().__code__.co_freevars)
print(staticmethod(f).__func__ is f, type(staticmethod(f)).__name__, classmethod(f).__func__ is f)
print(A.s(), x.s(), A.c(), x.c(), staticmethod(len)([1, 2]))
print(type(None)(), repr(NotImplemented), repr(...), bool(None), type(...)() is ...)
