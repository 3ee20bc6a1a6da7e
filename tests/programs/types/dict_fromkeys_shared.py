# dict.fromkeys shares the same value object.
d = dict.fromkeys(["a", "b"], [])
d["a"].append(1)
print(d)
print(dict.fromkeys(range(3)))
print(dict.fromkeys("aab"))
