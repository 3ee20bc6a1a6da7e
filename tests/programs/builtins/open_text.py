# open() for writing, appending and reading text files.
import os
name = "_tmp_open_text.txt"
with open(name, "w") as f:
    n = f.write("line1\nline2\n")
    f.write("línea3\n")
print(n)
with open(name, "a", encoding="utf-8") as f:
    f.write("appended")
with open(name, encoding="utf-8") as f:
    print(repr(f.read()))
with open(name) as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(name) as f:
    print([line.rstrip("\n") for line in f])
f = open(name)
print(f.closed, f.mode, f.name)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(e)
os.remove(name)
print(os.path.exists(name))
