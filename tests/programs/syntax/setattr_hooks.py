# __setattr__ and __delattr__ overrides.
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError("frozen: " + name)
    def __delattr__(self, name):
        raise AttributeError("cannot delete " + name)
f = Frozen(3)
print(f.v)
try:
    f.v = 4
except AttributeError as e:
    print(e)
try:
    del f.v
except AttributeError as e:
    print(e)
class Rec:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value * 2)
r = Rec()
r.a = 5
print(r.a)
