# dict views are live and support set operations.
d = {"a": 1, "b": 2}
k, v, it = d.keys(), d.values(), d.items()
d["c"] = 3
print(k, v, it, len(k))
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), ("a", 1) in it, 2 in v)
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(list(reversed(d.items())))
try:
    k[0]
except TypeError as e:
    print(e)
