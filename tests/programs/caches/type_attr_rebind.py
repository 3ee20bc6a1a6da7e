# The type attribute cache must see every change to a class namespace:
# rebinding a method, adding one that shadowed nothing, deleting one, and
# changes made on a base class after the subclass's lookups were cached.
class Base:
    def greet(self):
        return "base"


class Child(Base):
    pass


c = Child()
for _ in range(3):
    print(c.greet())

Base.greet = lambda self: "rebound on base"
print(c.greet())

Child.greet = lambda self: "own method"
print(c.greet())

del Child.greet
print(c.greet())

del Base.greet
try:
    c.greet()
except AttributeError as e:
    print("AttributeError:", e)

# A miss that was cached must turn into a hit once the attribute exists.
for _ in range(3):
    print(hasattr(c, "late"))
Base.late = 42
print(c.late, Child.late)
