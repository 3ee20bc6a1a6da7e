# list methods: append, extend, insert, remove, pop, index, count, clear, copy.
l = [3, 1, 4]
l.append(1); l.extend([5, 9]); l.insert(0, 2); l.insert(100, 6); l.insert(-1, 7)
print(l)
l.remove(1)
print(l, l.pop(), l.pop(0), l)
print(l.index(4), l.count(1), l.index(9, 2))
c = l.copy(); c.clear()
print(c, l)
try:
    l.remove(100)
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    l.index(42)
except ValueError as e:
    print(e)
try:
    l[99]
except IndexError as e:
    print(e)
