# range: len, indexing, slicing, membership, repr, equality.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], 5 in r, 6 in r)
print(range(5), range(0), list(range(5, 0, -2)), len(range(10, 0)), range(3) == range(0, 3, 1))
print(r.index(8), r.count(8), range(0) == range(5, 5), list(range(-3)))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    r[100]
except IndexError as e:
    print(e)
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20))
try:
    range(1.5)
except TypeError as e:
    print(e)
