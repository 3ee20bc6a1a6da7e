# collections.defaultdict with various factories.
from collections import defaultdict
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd["zz"], len(dd))
cnt = defaultdict(int)
for c in "hello":
    cnt[c] += 1
print(sorted(cnt.items()))
nd = defaultdict(lambda: "N/A")
print(nd["x"], dict(nd), nd.default_factory())
plain = defaultdict()
try:
    plain["k"]
except KeyError as e:
    print("KeyError", e)
print(dd.get("nope"), "nope" in dd)
