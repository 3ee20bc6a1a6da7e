# NameError suggestions look at the raising frame's locals, then globals, then
# builtins; they appear only when the interpreter prints the traceback.
import io
import sys

maximum_width = 80

def show(func):
    try:
        func()
    except NameError as e:
        print("str:", e, "| name:", e.name)
        buf = io.StringIO()
        saved = sys.stderr
        sys.stderr = buf
        try:
            sys.excepthook(type(e), e, e.__traceback__)
        finally:
            sys.stderr = saved
        print("hook:", buf.getvalue().rstrip("\n").splitlines()[-1])

def uses_global():
    return maximum_widht

def uses_builtin():
    return lenn([1])

def uses_local():
    colour = "red"
    return color

def shadowing():
    maximum_wide = 1          # a local beats the closer global
    return maximum_widt

def too_far():
    return qqqqqq

def captured():
    counter = 1               # lives in a cell: not among co_varnames
    inner = lambda: counter
    return countr

def unbound():
    value = 1
    del value
    return value

for f in (uses_global, uses_builtin, uses_local, shadowing, too_far, captured):
    show(f)
try:
    unbound()
except UnboundLocalError as e:
    print("unbound name:", e.name)
