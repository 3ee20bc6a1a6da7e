# id() is stable for an object's lifetime and distinct for live objects.
a = [1]
b = [1]
print(id(a) == id(a), id(a) != id(b), type(id(a)).__name__)
print(type(type(1)).__name__, type(1) == int)
