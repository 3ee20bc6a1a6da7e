# object(): attributes, comparison, __class__, default __eq__/__ne__.
o = object()
print(type(o).__name__, o == o, o != object(), isinstance(o, object))
try:
    o.x = 1
except AttributeError as e:
    print(e)
print(object.__name__, object.__bases__, type(object).__name__)
class C: pass
c = C()
print(c.__class__.__name__, C.__bases__[0] is object, C.__mro__[-1] is object)
print(str(c).startswith("<__main__.C object at"), repr(C) == "<class '__main__.C'>")
print(hasattr(o, "__dict__"), hasattr(c, "__dict__"))
