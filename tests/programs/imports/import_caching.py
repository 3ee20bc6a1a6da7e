# Modules are cached in sys.modules and executed once.
import sys
import _counter_mod
import _counter_mod
from _counter_mod import loads
print(_counter_mod.loads, loads, "_counter_mod" in sys.modules)
m = sys.modules["_counter_mod"]
print(m is _counter_mod)
del sys.modules["_counter_mod"]
import _counter_mod as again
print(again.loads, again is m)
