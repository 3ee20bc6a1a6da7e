# Tuples holding mutable objects; += on a tuple element.
t = ([1], 2)
t[0].append(5)
print(t)
try:
    t[0] += [6]
except TypeError as e:
    print(e)
print(t)
print(tuple(x * 2 for x in range(3)))
