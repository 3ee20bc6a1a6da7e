# __dict__, __module__, __doc__, __class__ of classes and instances.
class K:
    """Docstring of K."""
    x = 1
    def m(self): pass
k = K()
print(K.__doc__, K.__module__, k.__class__ is K)
print("x" in K.__dict__, "m" in K.__dict__, k.__dict__)
k.y = 2
print(k.__dict__)
def f():
    "function doc"
print(f.__doc__, f.__name__, f.__module__)
class NoDoc: pass
print(NoDoc.__doc__)
print(type(K.__dict__).__name__)
