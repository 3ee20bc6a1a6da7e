# Generator objects: type name, __next__, __iter__, attributes.
def g():
    yield 1
it = g()
print(type(it).__name__, it.__name__, it.__qualname__, hasattr(it, "send"), hasattr(it, "throw"))
print(it.__next__(), next(it, "exhausted"))
print(list(it), type((x for x in [])).__name__)
