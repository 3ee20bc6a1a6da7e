# Augmented assignment on attributes and subscripts calls get then set once each.
class Tracker:
    def __init__(self): self.d = {"k": 1}
    def __getitem__(self, k):
        print("get", k)
        return self.d[k]
    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[k] = v
t = Tracker()
t["k"] += 5
t["k"] *= 2
print(t.d)
