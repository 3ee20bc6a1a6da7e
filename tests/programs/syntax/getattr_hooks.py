# __getattr__ is a fallback; __getattribute__ intercepts everything.
class Fallback:
    real = "real"
    def __getattr__(self, name):
        return "missing:" + name
f = Fallback()
print(f.real, f.anything)
class Logged:
    def __init__(self): self.x = 1
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)
l = Logged()
print(l.x)
class Strict:
    def __getattr__(self, name):
        raise AttributeError("no " + name)
try:
    Strict().foo
except AttributeError as e:
    print(e)
print(getattr(Strict(), "foo", "default"))
