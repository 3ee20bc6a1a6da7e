# Building strings with join and += in loops.
s = ""
for i in range(1000):
    s += str(i % 10)
print(len(s), s[:20], s.count("7"))
parts = [str(i) for i in range(100)]
j = ",".join(parts)
print(len(j), j[:30], j[-10:])
print("".join(c.upper() for c in "gen"))
