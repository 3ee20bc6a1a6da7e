# Helper: counts how many times it is executed.
import builtins
builtins._counter_loads = getattr(builtins, "_counter_loads", 0) + 1
loads = builtins._counter_loads
