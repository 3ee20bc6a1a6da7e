# TypeError for a missing positional argument.
def f(a, b):
    return a + b
f(1)
