# Implementing collections.abc interfaces gives mixin methods.
from collections.abc import MutableMapping, Sequence
class Store(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
s = Store()
s["a"] = 1
s.update(b=2)
print(sorted(s.items()), s.get("zz", 0), "a" in s, s.pop("a"), len(s), s.setdefault("c", 3))
class Sq(Sequence):
    def __len__(self): return 5
    def __getitem__(self, i):
        if i >= 5: raise IndexError
        return i * i
q = Sq()
print(list(q), q.index(9), q.count(4), 16 in q, list(reversed(q)))
