# import of a sibling module: attributes, __name__, module runs once.
import _helper_mod
print(_helper_mod.VALUE, _helper_mod.greet("x"), _helper_mod.__name__)
import _helper_mod
import _helper_mod as h
print(h is _helper_mod, type(h).__name__)
print(_helper_mod.__file__.endswith("_helper_mod.py"))
