# list concatenation, repetition, comparison, membership, aliasing.
a = [1, 2]
b = a
b.append(3)
print(a, a is b, a + [4], a * 2, [0] * 3, [] * 5)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [1, 2] == [1, 2], [1] == (1,))
print(3 in a, 5 in a, len(a), list(reversed(a)), min(a), sum(a))
try:
    [1] + (2,)
except TypeError as e:
    print(e)
l = [1, 2, 3]
l[1:2] = []
print(l)
l *= 2
print(l)
