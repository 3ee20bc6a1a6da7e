# Sort stability on a large list with many equal keys.
import random
random.seed(1)
items = [(random.randint(0, 9), i) for i in range(500)]
s = sorted(items, key=lambda t: t[0])
ok = all(s[i][0] < s[i + 1][0] or (s[i][0] == s[i + 1][0] and s[i][1] < s[i + 1][1]) for i in range(len(s) - 1))
print(ok, s[:5], s[-3:])
r = sorted(items, key=lambda t: t[0], reverse=True)
ok2 = all(r[i][0] > r[i + 1][0] or (r[i][0] == r[i + 1][0] and r[i][1] < r[i + 1][1]) for i in range(len(r) - 1))
print(ok2, r[:3])
