# Accessing a not-yet-imported submodule as attribute fails.
import _pkg
print(hasattr(_pkg, "sub_a"))
try:
    _pkg.sub_b
except AttributeError as e:
    print(e)
import _pkg.sub_b
print(hasattr(_pkg, "sub_b"))
