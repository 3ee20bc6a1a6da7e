# tempfile's file and directory objects: NamedTemporaryFile, TemporaryFile,
# SpooledTemporaryFile and TemporaryDirectory.
import os, tempfile

with tempfile.NamedTemporaryFile("w+", suffix=".txt") as f:
    f.write("one\ntwo\n")
    f.seek(0)
    print(list(f), f.name.endswith(".txt"), os.path.exists(f.name), f.mode)
    print(f.file.name == f.name, f.closed)
print(os.path.exists(f.name), f.closed)

f = tempfile.NamedTemporaryFile(delete=False)
f.write(b"kept")
f.close()
with open(f.name, "rb") as g:
    print(g.read())
os.remove(f.name)

with tempfile.TemporaryFile("w+b") as t:
    t.write(b"no name on disk")
    t.seek(3)
    print(t.read(), isinstance(t.name, int))

s = tempfile.SpooledTemporaryFile(max_size=8, mode="w+")
s.write("short")
print(s._rolled, s.name)
s.write(" and now longer")
print(s._rolled, isinstance(s.name, int))
s.seek(0)
print(s.read())
s.close()
print(s.closed)

with tempfile.TemporaryDirectory(suffix="_td") as td:
    print(td.endswith("_td"), os.path.isdir(td))
    os.makedirs(os.path.join(td, "a", "b"))
    with open(os.path.join(td, "a", "b", "leaf.txt"), "w") as leaf:
        leaf.write("x")
    os.symlink("/", os.path.join(td, "link_to_root"))
    print(sorted(os.listdir(td)))
print(os.path.exists(td), os.path.isdir("/"))

t = tempfile.TemporaryDirectory()
print(repr(t) == "<TemporaryDirectory %r>" % t.name)
t.cleanup()
t.cleanup()
print(os.path.exists(t.name))
print(tempfile.TemporaryDirectory[str])
