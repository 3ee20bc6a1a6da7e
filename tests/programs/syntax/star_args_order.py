# Evaluation order of arguments, starred and keyword arguments.
def show(*a, **k):
    return a, k
def v(x):
    print("eval", x)
    return x
print(show(v(1), *[v(2), v(3)], v(4), k1=v(5), **{"k2": v(6)}))
