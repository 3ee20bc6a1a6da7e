# *args and **kwargs collection and forwarding.
def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2, x=3))
def wrap(*a, **k):
    return f(*a, **k)
print(wrap(1, *[2, 3], y=4, **{"z": 5}))
def first(first, *rest):
    return first, rest
print(first(*"abc"))
print(type(f()[0]).__name__, type(f()[1]).__name__)
