# Exception attributes, str and repr of the builtin classes.
print(repr(ValueError("x")), repr(KeyError(1)), repr(Exception()), repr(OSError(1, 2, 3)))
print(str(Exception()), str(Exception("a")), str(Exception("a", 1)), str(KeyError("k")), str(KeyError()))
e = OSError(2, "No such file or directory", "x.txt")
print(type(e).__name__, e, e.errno, e.strerror, e.filename, e.args)
print(type(OSError(13, "Permission denied")).__name__, OSError("plain"), OSError(1, "a").filename)
print(StopIteration(3).value, StopIteration().value, SystemExit(4).code, SystemExit().code, SystemExit(1, 2).code)
ie = ImportError("boom", name="mod", path="/p")
print(ie, ie.msg, ie.name, ie.path)
se = SyntaxError("invalid syntax", ("x.py", 3, 1, "x y", 3, 2))
print(se, se.lineno, se.offset, se.text, se.filename)
print(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte"))
print(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad"))
print(UnicodeEncodeError("ascii", "\xe9t\u20ac", 2, 3, "ordinal not in range(128)"))
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
x = E(1, 2)
print(repr(x), x.args, x.b, str(x))
x.args = [5, 6]
print(x.args, str(x))
try:
    raise KeyError("k") from ValueError("v")
except KeyError as caught:
    k = caught
    print(repr(k.__cause__), k.__suppress_context__, k.__context__)
k.add_note("note 1"); k.add_note("note 2")
print(k.__notes__)
try: k.add_note(3)
except TypeError as t: print(t)
print(k.with_traceback(None) is k, k.__traceback__)
a = AttributeError("m", name="n", obj=5)
print(a.name, a.obj, NameError("x", name="y").name)
