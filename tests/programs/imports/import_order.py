# Nested imports run in depth-first order, each only once.
print("main start")
import _order_1
import _order_2
print("main end")
