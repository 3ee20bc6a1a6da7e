# A module's globals are separate from the importer's.
import _shadow_mod
print(_shadow_mod.use(), len([1, 2]))
x = "main x"
import _helper_mod
print(hasattr(_helper_mod, "x"), _helper_mod.VALUE)
