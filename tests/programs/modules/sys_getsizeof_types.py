# sys functions that return types (not values): getsizeof, getrefcount-free checks.
import sys
print(type(sys.getsizeof([])).__name__, sys.getsizeof([]) > 0, callable(sys.exit))
print(type(sys.getdefaultencoding()).__name__, sys.getdefaultencoding())
print(isinstance(sys.builtin_module_names, tuple), "sys" in sys.builtin_module_names)
