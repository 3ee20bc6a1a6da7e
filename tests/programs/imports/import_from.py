# from module import names, aliases.
from _helper_mod import VALUE, greet as g, Thing
print(VALUE, g("y"), Thing.__name__, Thing.__module__)
try:
    from _helper_mod import nothing_here
except ImportError as e:
    # The message ends with the module path; compare only the part before it.
    print(type(e).__name__, str(e).split(" (")[0], e.name)
    import os
    print(os.path.basename(e.path))
