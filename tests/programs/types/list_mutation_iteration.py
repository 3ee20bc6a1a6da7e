# Mutating a list during iteration and recursive repr.
l = [1, 2, 3, 4]
for x in l:
    if x == 2:
        l.remove(x)
print(l)
m = [1]
for x in m:
    if len(m) < 5:
        m.append(x + 1)
print(m)
r = [1, 2]
r.append(r)
print(r)
d = {"self": None}
d["self"] = d
print(d)
