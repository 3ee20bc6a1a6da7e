# Large list creation, summing, slicing.
l = list(range(100000))
print(len(l), sum(l), l[-1], l[50000], len(l[::7]), sum(l[::1000]))
l2 = [i * i for i in l if i % 3 == 0]
print(len(l2), l2[-1])
l.sort(key=lambda x: -x)
print(l[:3])
del l[10:]
print(l)
