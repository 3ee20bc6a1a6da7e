# Nested tuple/list unpacking targets.
(a, b), [c, d] = (1, 2), [3, 4]
print(a, b, c, d)
for (k, (v1, v2)) in [("x", (1, 2)), ("y", (3, 4))]:
    print(k, v1 + v2)
[p, (q, r)] = "a", "bc"
print(p, q, r)
s1, s2, s3 = "xyz"
print(s3, s2, s1)
