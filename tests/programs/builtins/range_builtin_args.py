# range() argument handling with negatives and errors.
print(list(range(-5, -1)), list(range(5, -5, -3)), list(range(0, 10, 4)), range(1, 10, 2)[2])
try:
    range()
except TypeError as e:
    print(e)
try:
    range("1")
except TypeError as e:
    print(e)
print(range(3).start, range(3).stop, range(3).step, range(1, 7, 2) == range(1, 8, 2))
