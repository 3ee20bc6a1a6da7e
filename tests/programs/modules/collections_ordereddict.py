# OrderedDict: move_to_end, popitem(last=False), order-sensitive equality.
from collections import OrderedDict
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
print(od, list(od))
od.move_to_end("b")
print(list(od))
od.move_to_end("c", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
x = OrderedDict([(1, 1), (2, 2)])
y = OrderedDict([(2, 2), (1, 1)])
print(x == y, dict(x) == dict(y), x == {2: 2, 1: 1})
