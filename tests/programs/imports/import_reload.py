# importlib.reload re-executes the module.
import importlib, _counter_mod
first = _counter_mod.loads
importlib.reload(_counter_mod)
print(_counter_mod.loads - first)
