# Class decorators and decorator expressions (3.9 relaxed grammar).
registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
@register
class A: pass
@register
class B: pass
print(registry, A.registered)
decos = {"d": lambda f: (lambda: "wrapped " + f())}
@decos["d"]
def f():
    return "f"
print(f())
@(lambda c: c.__name__.lower())
class Gone: pass
print(Gone)
