# open() binary mode read/write, seek/tell.
import os
name = "_tmp_open_binary.bin"
with open(name, "wb") as f:
    f.write(bytes(range(10)))
    f.write(b"\xff\x00")
with open(name, "rb") as f:
    data = f.read()
    print(data, len(data), type(data).__name__)
    f.seek(3)
    print(f.read(2), f.tell())
    f.seek(-2, 2)
    print(f.read())
with open(name, "r+b") as f:
    f.write(b"AB")
with open(name, "rb") as f:
    print(f.read(4))
os.remove(name)
