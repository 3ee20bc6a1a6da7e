print("cycle_b start")
import _cycle_a
B_VAL = "b"
print("cycle_b sees a has A_VAL:", hasattr(_cycle_a, "A_VAL"))
print("cycle_b end")
