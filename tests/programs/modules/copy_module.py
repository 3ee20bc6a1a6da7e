# copy.copy and copy.deepcopy, including cycles and custom hooks.
import copy
a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99); a[2]["k"].append(98)
print(s, d)
print(s[1] is a[1], d[1] is a[1])
c = [1]
c.append(c)
dc = copy.deepcopy(c)
print(dc[1] is dc, dc[1] is c)
class P:
    def __init__(self): self.items = [1]
    def __copy__(self):
        print("custom copy")
        n = P(); n.items = self.items
        return n
p = P()
q = copy.copy(p)
r = copy.deepcopy(p)
print(q.items is p.items, r.items is p.items, r.items == p.items)
print(copy.copy((1, 2)) == (1, 2), copy.deepcopy("s"))
