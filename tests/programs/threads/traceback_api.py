# traceback: format_exc, print_exc, format_exception(_only), chaining.
import traceback
import sys

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass
    def text(self):
        return "".join(self.parts)

def clean(text):
    # Keep the shape of a report, dropping paths, line numbers and source
    # lines (which differ between machines).
    out = []
    for line in text.splitlines():
        if line.startswith("  File "):
            func = line.rsplit(", in ", 1)[-1]
            out.append("  File ... in " + func)
        elif line.startswith("    "):
            continue
        else:
            out.append(line)
    return out

def inner():
    raise ValueError("inner problem")

def outer():
    try:
        inner()
    except ValueError as e:
        raise KeyError("outer") from e

try:
    inner()
except ValueError:
    text = traceback.format_exc()
    print(clean(text))
    sink = Sink()
    traceback.print_exc(file=sink)
    print(sink.text() == text)

try:
    outer()
except KeyError as e:
    for line in clean(traceback.format_exc()):
        print(line)
    print("chain=False:", clean("".join(traceback.format_exception(e, chain=False))))
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    print(all(l.endswith("\n") for l in lines), "".join(lines) == traceback.format_exc())

try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
except IndexError as e:
    print(clean("".join(traceback.format_exception(e))))

print(traceback.format_exception_only(ValueError("v")))
print(traceback.format_exception_only(ValueError()))
print(traceback.format_exception_only(KeyError, KeyError("k")))
print(traceback.format_exception_only(None))
class Custom(Exception):
    pass
print(traceback.format_exception_only(Custom("c")))
import threading
print(traceback.format_exception_only(threading.BrokenBarrierError()))
e = Custom("with notes")
e.add_note("first note")
e.add_note("two\nlines")
print(traceback.format_exception_only(e))
try:
    compile("x = (1,\n 2 +)", "<src>", "exec")
except SyntaxError as err:
    print(traceback.format_exception_only(err))
try:
    compile("  a b", "<src2>", "exec")
except SyntaxError as err:
    print(traceback.format_exception_only(err))
print(traceback.format_exc())
sink = Sink()
traceback.print_exception(ValueError("direct"), file=sink)
print(repr(sink.text()))
saved = sys.stderr
sys.stderr = Sink()
try:
    raise TypeError("to stderr")
except TypeError:
    traceback.print_exc()
captured, sys.stderr = sys.stderr, saved
print(clean(captured.text()))
