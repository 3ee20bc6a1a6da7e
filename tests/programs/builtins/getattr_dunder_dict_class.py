# getattr on classes returns functions; on instances bound methods.
class C:
    def m(self): return 1
print(type(getattr(C, "m")).__name__, type(getattr(C(), "m")).__name__, getattr(C(), "m")())
print(getattr(C, "__name__"), getattr(int, "from_bytes")(b"\x01", "big"))
