# Generator expressions: laziness, single use, first iterable evaluated early.
g = (x * 2 for x in range(4))
print(next(g), list(g), list(g))
print(sum(x for x in range(101)))
def src():
    print("src called")
    return [1, 2]
g2 = (x for x in src())
print("created")
print(list(g2))
print(max((len(w), w) for w in "a bb ccc".split()))
try:
    g3 = (1 / 0 for _ in range(1))
    print("lazy")
    list(g3)
except ZeroDivisionError as e:
    print("raised", e)
