# __file__ of the script and of imported modules (basenames only).
import os, _helper_mod
print(os.path.basename(__file__), os.path.basename(_helper_mod.__file__))
import _pkg
print(os.path.basename(_pkg.__file__), os.path.basename(os.path.dirname(_pkg.__file__)))
