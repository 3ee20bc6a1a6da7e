# repr of classes and types.
class Outer:
    class Inner:
        pass
print(repr(Outer), repr(Outer.Inner), Outer.Inner.__qualname__, repr(int), repr(type(None)))
def f():
    class Local: pass
    return Local
print(f().__qualname__)
