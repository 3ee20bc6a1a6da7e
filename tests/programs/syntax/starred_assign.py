# Starred targets in assignment and for loops.
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = range(4)
print(a, b)
a, *b, c = "hello"
print(a, b, c)
a, *b, c = 1, 2
print(a, b, c)
for x, *rest in [(1, 2, 3), (4,)]:
    print(x, rest)
[*z] = (7, 8)
print(z)
