# Container constructors and their errors.
print(list("ab"), tuple([1]), dict([("a", 1)]), set("aa"), frozenset([1]))
try:
    list(1)
except TypeError as e:
    print(e)
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
try:
    tuple(1, 2)
except TypeError as e:
    print(e)
