# dicts preserve insertion order; updates keep position, deletes remove.
d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(list(d))
d["a"] = 100
print(list(d.items()))
del d["z"]
d["z"] = -1
print(list(d.keys()), list(d.values()))
print(list(reversed(d)))
e = {3: "c", 1: "a", 2: "b"}
print(e, sorted(e))
print({1: 1, 1.0: 2, True: 3})
