# Package import runs __init__, submodule import, attribute binding.
import _pkg
print(_pkg.PKG_VALUE, _pkg.__name__, _pkg.sub_a.fa())
import _pkg.sub_b
print(_pkg.sub_b.fb())
print(hasattr(_pkg, "sub_b"), _pkg.sub_b.__name__, _pkg.sub_b.__package__)
