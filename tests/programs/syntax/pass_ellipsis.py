# pass, Ellipsis and empty bodies.
def f(): pass
class C: ...
print(f(), ..., Ellipsis is ..., repr(...))
if True:
    pass
print(type(...).__name__)

