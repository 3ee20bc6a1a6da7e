# Slice assignment and deletion with steps, empty and reversed bounds, self-assignment.
s = list(range(20))
s[2:5] = []
s[::3] = 'abcdef'
del s[-3:]
s[:0] = [0]
print(s)
s[10:5] = ['x']
print(s)
s[1:3] = s
print(s)
del s[::2]
print(s)
t = [1, 2, 3, 4]
t[::-1] = 'abcd'
print(t)
del t[::-2]
print(t)
