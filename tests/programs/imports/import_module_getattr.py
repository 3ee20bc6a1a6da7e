# Module-level __getattr__ (PEP 562).
import _getattr_mod
print(_getattr_mod.dyn_x)
from _getattr_mod import dyn_y
print(dyn_y)
try:
    _getattr_mod.other
except AttributeError as e:
    print(e)
