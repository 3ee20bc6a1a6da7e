# NotImplementedError in base methods; abc.ABC abstract methods.
import abc
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    def describe(self): return "%s with area %s" % (type(self).__name__, self.area())
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Sq(3).describe())
try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape): pass
try:
    Half()
except TypeError as e:
    print(e)
