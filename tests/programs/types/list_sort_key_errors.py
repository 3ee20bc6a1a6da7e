# Exceptions raised from key functions and comparisons during sort.
def key(x):
    if x == 3:
        raise ValueError("bad key 3")
    return x
try:
    sorted([1, 3, 2], key=key)
except ValueError as e:
    print(e)
l = [3, 1, 2]
try:
    l.sort(key=lambda x: 1 / (x - 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(sorted(l))
print(sorted([(1, "b"), (1, "a")], key=lambda t: t[0]))
