print("cycle_a start")
import _cycle_b
A_VAL = "a"
def use_b():
    return _cycle_b.B_VAL
print("cycle_a end")
