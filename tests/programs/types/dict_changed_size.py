# "dictionary changed size during iteration" RuntimeError.
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(e)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(e)
d = {1: 1, 2: 2}
for k in d:
    d[k] = "changed ok"
print(d)
for k in list(d):
    del d[k]
print(d)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
