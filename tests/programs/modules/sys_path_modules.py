# sys.path contains the script's directory first; sys.modules holds loaded modules.
import sys, os
print(type(sys.path).__name__, os.path.basename(os.path.abspath(sys.path[0])))
print("sys" in sys.modules, "__main__" in sys.modules, sys.modules["sys"] is sys)
import math
print(sys.modules["math"] is math, "builtins" in sys.modules)
print(sys.modules["__main__"].__name__)
