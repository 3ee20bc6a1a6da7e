# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__.
class Box:
    def __init__(self): self.d = {}
    def __len__(self): return len(self.d)
    def __getitem__(self, k):
        if k not in self.d: raise KeyError(k)
        return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __contains__(self, k): return k in self.d
    def __iter__(self): return iter(sorted(self.d))
b = Box()
b["x"] = 1; b["y"] = 2
print(len(b), b["x"], "y" in b, "z" in b, list(b))
del b["x"]
print(len(b), bool(b))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 5 in Seq())
class Empty:
    def __len__(self): return 0
print(bool(Empty()))
