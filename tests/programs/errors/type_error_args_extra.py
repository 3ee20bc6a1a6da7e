# TypeError for too many positional arguments.
def f(a):
    return a
f(1, 2, 3)
