# open(): text/binary round trips, append, r+, seek/tell, newline modes, errors.
import os
name = "_tmp_open_roundtrip.txt"
with open(name, "w") as f:
    print(f.write("one\ntwo\r\nthree\rfour"), f.tell())
    f.writelines(["\nfive", "\n"])
with open(name) as f:
    print(f.readline(), repr(f.read(4)), f.readlines(), f.newlines)
with open(name, newline="") as f:
    print(list(f))
with open(name, "rb") as f:
    data = f.read()
    print(data, len(data), f.tell())
    f.seek(-5, 2)
    print(f.read(), f.seek(0), f.read(3))
with open(name, "a") as f:
    print("appended", 42, file=f)
with open(name, "r+") as f:
    print(repr(f.read(3)))
    f.seek(0)
    f.write("ONE")
with open(name) as f:
    lines = [l.rstrip("\n") for l in f]
print(lines, f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
with open(name, "wb") as f:
    print(f.write(b"\xff\xfe"), f.mode)
try:
    with open(name, encoding="utf-8") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason if hasattr(e, "reason") else "")
with open(name, encoding="latin-1") as f:
    print(repr(f.read()), f.encoding)
try:
    open(name, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.filename == name)
os.remove(name)
print(os.path.exists(name))
