# str indexing and immutability errors.
s = "python"
print(s[0], s[-1], s[5], s[1:4], s[::-1], s[10:])
try:
    s[10]
except IndexError as e:
    print(e)
try:
    s[0] = "P"
except TypeError as e:
    print(e)
try:
    s["a"]
except TypeError as e:
    print(e)
print(type(s[0]).__name__, s[0] == "p", len(s[0]))
