# Interleaving sys.stdout.write and print keeps order.
import sys
print("a", end="")
sys.stdout.write("b")
print("c")
sys.stdout.write("d\n")
print("e", flush=True)
