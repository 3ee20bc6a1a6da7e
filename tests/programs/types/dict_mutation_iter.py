# Mutating a dict while iterating it.
d = {i: i for i in range(5)}
try:
    for k in d:
        d[k + 10] = 1
except RuntimeError as e:
    print("RuntimeError", e)
d = {i: i for i in range(5)}
try:
    for k in d:
        del d[k]
        d[k + 100] = 1
except RuntimeError as e:
    print("RuntimeError", e)
print(d)
d = {i: i for i in range(3)}
for k in d:
    d[k] = k * 10
print(d)
d = {1: 1, 2: 2}
it = iter(d.items())
print(next(it))
d.pop(2)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError again", e)
d = {1: 1, 2: 2}
r = reversed(d.values())
d[3] = 3
try:
    next(r)
except RuntimeError as e:
    print("RuntimeError", e)
