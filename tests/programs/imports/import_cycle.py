# Circular imports see partially initialised modules.
import _cycle_a
print(_cycle_a.A_VAL, _cycle_a.use_b())
