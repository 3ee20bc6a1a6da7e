# Tuple lexicographic comparison and mixed types.
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, -1), (2,) > (1, 100), () < (0,))
print((1, "a") < (1, "b"), (1, 2) == (1.0, 2.0), max([(1, 2), (1, 3), (0, 9)]))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(e)
print((1, "x") < (2, 0))
print(sorted([(2, "a"), (1, "z"), (2, "A")]))
