# Function objects: __name__, __qualname__, __defaults__, attributes.
def outer():
    def inner(a, b=2): pass
    return inner
f = outer()
print(f.__name__, f.__qualname__, f.__defaults__, f.__code__.co_argcount, f.__code__.co_varnames)
def g(x: int, y: "str" = "s") -> bool: pass
print(g.__annotations__)
g.custom = 5
print(g.custom, g.__dict__)
print(type(g).__name__, type(lambda: 0).__name__, (lambda: 0).__name__)
class K:
    def m(self): pass
print(K.m.__qualname__, type(K().m).__name__)
