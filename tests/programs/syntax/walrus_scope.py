# Walrus in comprehensions binds in the enclosing function scope.
def f(data):
    if any((bad := x) < 0 for x in data):
        return "first negative %d" % bad
    return "none negative"
print(f([1, -2, -3]), f([1, 2]))
total = 0
vals = [total := total + v for v in range(5)]
print(vals, total)
print([(y := i) for i in "ab"], y)
