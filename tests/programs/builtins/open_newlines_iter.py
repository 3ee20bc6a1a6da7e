# Universal newlines in text mode and line iteration.
import os
name = "_tmp_newlines.txt"
with open(name, "wb") as f:
    f.write(b"a\r\nb\rc\nd")
with open(name) as f:
    print(repr(f.read()))
with open(name, newline="") as f:
    print(list(f))
with open(name, "rb") as f:
    print(f.readlines())
os.remove(name)
