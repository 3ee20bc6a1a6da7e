# dict equality, copy, |, |=, comprehension with dup keys, clear.
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b), a != {"x": 1})
c = a.copy()
c["z"] = 3
print(a, c)
print(a | {"y": 20, "w": 0}, {"w": 0} | a)
a |= {"q": 9}
print(a)
print({k % 3: k for k in range(10)})
a.clear()
print(a, bool(a))
try:
    {} < {}
except TypeError as e:
    print(e)
