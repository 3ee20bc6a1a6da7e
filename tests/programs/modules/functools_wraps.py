# functools.wraps copies metadata.
from functools import wraps
def deco(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def documented(x):
    """Adds one."""
    return x + 1
print(documented.__name__, documented.__doc__, documented(1), documented.__wrapped__.__name__)
def nowrap(fn):
    def wrapper(): pass
    return wrapper
@nowrap
def g(): "doc"
print(g.__name__, g.__doc__)
