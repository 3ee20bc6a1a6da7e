# slice() constructor and errors.
print(slice(3), slice(1, 2), slice(1, 2, 3), [0, 1, 2, 3, 4][slice(None, None, -2)])
try:
    slice()
except TypeError as e:
    print(e)
try:
    [1][slice(0, 1, 0)]
except ValueError as e:
    print(e)
