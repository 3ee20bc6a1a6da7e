# Large dicts: growth, deletion, reinsertion keep order.
d = {}
for i in range(10000):
    d[i] = i * 2
for i in range(0, 10000, 2):
    del d[i]
print(len(d), list(d)[:5], d[9999])
for i in range(4):
    d[i] = "new"
print(list(d)[-4:], len(d))
s = {str(i): i for i in range(1000)}
print(s["999"], len(s), list(s)[:3])
