# list index types and assignment out of range.
l = [1, 2, 3]
try:
    l[3] = 0
except IndexError as e:
    print(e)
try:
    l["0"]
except TypeError as e:
    print(e)
try:
    l[1.5]
except TypeError as e:
    print(e)
print(l[-3], l[True])
try:
    l[-4]
except IndexError as e:
    print(e)
