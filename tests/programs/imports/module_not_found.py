# ModuleNotFoundError message and attributes.
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import _pkg.no_such_sub
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from no_such_pkg_abc import thing
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
