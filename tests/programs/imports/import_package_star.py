# from package import * imports submodules listed in __all__.
from _pkg2 import *
print(CONST, mod_x.X, "mod_y" in globals())
import sys
print("_pkg2.mod_y" in sys.modules, "_pkg2.mod_x" in sys.modules)
