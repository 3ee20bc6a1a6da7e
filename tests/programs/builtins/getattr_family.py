# getattr/setattr/hasattr/delattr with defaults and errors.
class O:
    cls_attr = "c"
o = O()
setattr(o, "x", 1)
print(getattr(o, "x"), getattr(o, "cls_attr"), getattr(o, "nope", "dflt"), hasattr(o, "x"), hasattr(o, "nope"))
delattr(o, "x")
print(hasattr(o, "x"))
try:
    getattr(o, "nope")
except AttributeError as e:
    print(e)
try:
    delattr(o, "nope")
except AttributeError as e:
    print(e)
try:
    getattr(o, 5)
except TypeError as e:
    print(e)
setattr(o, "with space", 2)
print(getattr(o, "with space"))
print(getattr(1, "real"), getattr("s", "upper")())
class P:
    @property
    def boom(self): raise ValueError("inner")
try:
    hasattr(P(), "boom")
except ValueError as e:
    print("propagated", e)
