# list.reverse, list.sort with key on tuples, del slices, nested lists.
l = list(range(6))
l.reverse()
print(l)
pairs = [(1, "b"), (1, "a"), (0, "z")]
pairs.sort()
print(pairs)
pairs.sort(key=lambda p: p[1])
print(pairs)
m = [[3, 1], [2], []]
m.sort(key=len)
print(m)
l.extend(range(2))
l.extend("ab")
print(l)
print(l.index("a"), l.count(0))
l[2:4] = range(3)
print(l)
