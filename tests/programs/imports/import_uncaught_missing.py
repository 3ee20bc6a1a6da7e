# An uncaught ModuleNotFoundError exits with status 1.
print("before")
import surely_not_a_module_qq
print("after")
