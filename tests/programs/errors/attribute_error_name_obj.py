# AttributeError.name/.obj are set by attribute lookups (not by delattr);
# "Did you mean" is added only by the interpreter's traceback printer, not by
# str(e) or the traceback module.
import io
import math
import sys
import traceback

class Point:
    def __init__(self):
        self.x = 1

class Lazy:
    def __getattr__(self, name):
        raise AttributeError("computed attributes only")

    def compute(self):
        return 0

def last_hook_line(e):
    buf = io.StringIO()
    saved = sys.stderr
    sys.stderr = buf
    try:
        sys.excepthook(type(e), e, e.__traceback__)
    finally:
        sys.stderr = saved
    return buf.getvalue().rstrip("\n").splitlines()[-1]

cases = [
    lambda: Point().y,
    lambda: Point.xx,
    lambda: math.sqr,
    lambda: "abc".uper,
    lambda: getattr([], "apend"),
    lambda: Lazy().compuet,
    lambda: (1).real_,
    lambda: None.foo,
    lambda: Point().zzzzzzzz,
]
for case in cases:
    try:
        case()
    except AttributeError as e:
        print(repr(e.name), type(e.obj).__name__, "|", e)
        print("  hook:", last_hook_line(e))
        print("  traceback module:", traceback.format_exception_only(type(e), e)[-1].rstrip())

try:
    delattr(Point(), "nope")
except AttributeError as e:
    print("delattr:", e.name, e.obj)
e = AttributeError("made by hand")
print(e.name, e.obj, last_hook_line(e))
e = AttributeError("explicit", name="upper", obj="text")
print(e.name, e.obj, last_hook_line(e))
