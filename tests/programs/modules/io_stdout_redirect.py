# Assigning sys.stdout redirects print(); io.StringIO/BytesIO behaviour.
import sys, io
saved = sys.stdout
buf = io.StringIO()
sys.stdout = buf
print("captured", 1, 2)
sys.stdout.write("direct\n")
sys.stdout = saved
print(repr(buf.getvalue()))
s = io.StringIO("a\nb\nc")
print(s.readline(), s.tell(), s.readlines(), s.read())
s.seek(0)
s.write("XY")
print(s.getvalue(), s.tell())
s.close()
print(s.closed)
try:
    s.write("x")
except ValueError as e:
    print(e)
b = io.BytesIO()
b.write(b"hello")
b.seek(1)
print(b.read(2), b.getvalue(), b.tell())
with io.StringIO() as t:
    t.write("ctx")
    print(t.getvalue())
print(t.closed)
print(isinstance(buf, io.TextIOBase), io.open is open)
