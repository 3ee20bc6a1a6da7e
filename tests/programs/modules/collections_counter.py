# collections.Counter counting, most_common, arithmetic.
from collections import Counter
c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"], sum(c.values()))
print(sorted(c.elements())[:6])
d = Counter(a=1, b=5)
print(c + d, c - d, c & d, c | d)
c.update("aaz")
c.subtract({"b": 10})
print(c["a"], c["b"], c["z"])
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), +Counter(a=-1, b=2), Counter("aab").total())
