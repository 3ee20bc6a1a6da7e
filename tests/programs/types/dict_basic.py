# dict creation, access, get, setdefault, pop, popitem, update.
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 1 in d)
print(d.setdefault("a", 9), d.setdefault("n", []), d)
print(d.pop("n"), d.pop("zz", "dflt"), d.popitem(), d)
d.update({"x": 10}, y=11)
d.update([("z", 12)])
print(d)
print(dict(a=1), dict([(1, 2)]), dict({"k": "v"}, k2="v2"), dict.fromkeys("ab", 0))
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    {}.pop("m")
except KeyError as e:
    print(repr(e))
