# A module raising during import propagates and is not cached.
import sys
try:
    import _raises_on_import
except ValueError as e:
    print("caught", e)
print("_raises_on_import" in sys.modules)
try:
    import _raises_on_import
except ValueError as e:
    print("caught again", e)
