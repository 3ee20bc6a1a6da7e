# __missing__ on dict subclasses.
class D(dict):
    def __missing__(self, key):
        return "missing-" + str(key)
d = D(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d, len(d))
class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0
c = Counter()
for ch in "abracadabra":
    c[ch] += 1
print(sorted(c.items()))
