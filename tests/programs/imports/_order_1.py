print("order_1 top")
import _order_2
print("order_1 bottom")
