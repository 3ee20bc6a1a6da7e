# TypeError for an unexpected keyword argument.
def f(a):
    return a
f(b=1)
