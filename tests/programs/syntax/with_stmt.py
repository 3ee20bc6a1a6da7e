# with statement calls __enter__/__exit__, binds the as-target.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return False
with CM("a") as v:
    print("body", v)
with CM("x") as x, CM("y") as y:
    print(x, y)
try:
    with CM("err"):
        raise KeyError("k")
except KeyError:
    print("propagated")
def f():
    with CM("ret"):
        return "returned"
print(f())
