# io.StringIO and io.BytesIO.
import io
s = io.StringIO()
s.write("hello ")
s.write("world\nsecond line\n")
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.readline()), s.read())
r = io.StringIO("a\nb\nc")
print(list(r))
b = io.BytesIO(b"abc")
print(b.read(2), b.read(), b.getvalue())
b.write(b"def")
print(b.getvalue(), b.tell())
