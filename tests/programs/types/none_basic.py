# None: identity, repr, truthiness, comparisons.
print(None, repr(None), str(None), bool(None))
print(None is None, None == None, None != 0, type(None).__name__)
x = None
print(x is None, x is not None)
def f(): pass
print(f() is None)
try:
    None < 1
except TypeError as e:
    print(e)
try:
    n = None
    n()
except TypeError as e:
    print(e)
print(hash(None) == hash(None))
