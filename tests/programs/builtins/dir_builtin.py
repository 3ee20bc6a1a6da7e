# dir() of user classes and instances (sorted, filtered).
class Base:
    b = 1
    def bm(self): pass
class C(Base):
    c = 2
    def __init__(self): self.inst = 3
    def cm(self): pass
print([n for n in dir(C) if not n.startswith("__")])
print([n for n in dir(C()) if not n.startswith("__")])
print(dir(C) == sorted(dir(C)))
class Custom:
    def __dir__(self): return ["zeta", "alpha"]
print(dir(Custom()))
def f():
    a = 1
    b = 2
    return dir()
print(f())
