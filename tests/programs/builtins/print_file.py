# print(file=...) to sys.stdout/sys.stderr and a StringIO; flush.
import sys, io
print("to stdout", file=sys.stdout, flush=True)
print("to stderr", file=sys.stderr)
buf = io.StringIO()
print("into", "buffer", file=buf, sep="-")
print(repr(buf.getvalue()))
print("file=None goes to stdout", file=None)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print("x", 1, file=w)
print(w.parts)
