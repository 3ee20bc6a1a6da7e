# Module objects: attributes, __name__, __dict__.
import math, sys
print(type(math).__name__, math.__name__, "pi" in dir(math), hasattr(math, "sqrt"))
print(__name__, type(sys.modules[__name__]).__name__)
this = sys.modules[__name__]
this.injected = 5
print(injected)
import types
m = types.ModuleType("fake")
m.x = 1
print(m.__name__, m.x, repr(m))
