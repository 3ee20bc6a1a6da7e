# Iterating dicts: keys, values, items, nested dicts.
inv = {"apples": 3, "pears": 0, "kiwis": 12}
for k in inv:
    print(k, end=" ")
print()
for k, v in inv.items():
    print("%s=%d" % (k, v), end=" ")
print()
print(sum(inv.values()), max(inv, key=inv.get), min(inv.items(), key=lambda kv: kv[1]))
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("x", {}).get("y"))
print(sorted(inv, key=lambda k: (-inv[k], k)))
print(dict(zip("abc", range(3))), dict(enumerate("xy")))
