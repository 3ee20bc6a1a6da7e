# Counter comparisons, most_common ordering for ties, and missing keys.
from collections import Counter
c = Counter(["b", "a", "b", "c", "a", "d"])
print(c.most_common(), c.most_common(1), list(c))
print(Counter("aab") == Counter("aba"), Counter(a=0) == Counter(), dict(Counter("xyx")))
del c["zz"]
c["new"] += 3
print(c["new"], len(c))
