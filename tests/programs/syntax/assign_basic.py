# Simple, chained and multiple-target assignment.
a = b = c = 5
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
l = [0, 0, 0]
i = 0
i, l[i] = 1, 9   # targets assigned left to right
print(i, l)
d = {}
d['k'] = d2 = {}
d2['z'] = 1
print(d)
