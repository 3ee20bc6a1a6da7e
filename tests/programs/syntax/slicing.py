# Slicing with steps, negative indices, slice assignment.
l = list(range(10))
print(l[2:5], l[:3], l[7:], l[-3:], l[:-7], l[::3], l[::-1], l[8:2:-2])
print(l[100:], l[-100:2], l[5:2])
s = "hello world"
print(s[::-1], s[6:], s[-5:-1], s[::2])
m = list(range(6))
m[1:3] = ["a", "b", "c"]
print(m)
m[::2] = [0, 0, 0, 0][:len(m[::2])]
print(m)
m[:] = []
print(m)
try:
    n = [1, 2, 3, 4]
    n[::2] = [9]
except ValueError as e:
    print(e)
t = (1, 2, 3, 4)
print(t[1:3], t[::-2])
