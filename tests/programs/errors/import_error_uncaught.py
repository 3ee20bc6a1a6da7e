# Uncaught ModuleNotFoundError.
import this_module_is_missing
