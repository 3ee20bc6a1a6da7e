# Appending a folder to sys.path makes its modules importable.
import sys, os
try:
    import libmod
except ImportError:
    print("not found yet")
sys.path.insert(0, "_libdir")
import libmod
print(libmod.WHERE, os.path.basename(os.path.dirname(libmod.__file__)))
