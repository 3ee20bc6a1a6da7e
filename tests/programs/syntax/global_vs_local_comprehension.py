# Comprehension loop variables do not leak; globals are readable.
g = 10
res = [g + i for i in range(3)]
print(res, "i" in globals())
def f():
    return {k: g for k in range(2)}
print(f())
