# list.sort: stability, key, reverse; sorted.
data = [("b", 2), ("a", 2), ("c", 1), ("d", 3), ("e", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
l = [5, 2, 8, 1]
r = l.sort()
print(r, l)
l.sort(reverse=True)
print(l)
try:
    [1, "a"].sort()
except TypeError as e:
    print(e)
print(sorted([3, 1, 2], key=None), sorted("bca"), sorted([[2, 1], [1, 2], [1]]))
