# tempfile: unique names, the file and directory helpers, and cleanup.
import os, tempfile
tmp = tempfile.gettempdir()
print(os.path.isabs(tmp), os.path.isdir(tmp), tempfile.gettempprefix(), tempfile.gettempdirb() == tmp.encode())

fd, path = tempfile.mkstemp(suffix=".dat", prefix="gf_")
name = os.path.basename(path)
print(type(fd).__name__, os.path.dirname(path) == tmp, name.startswith("gf_"), name.endswith(".dat"), len(name))
print(oct(os.stat(path).st_mode & 0o777))
os.write(fd, b"raw bytes")
os.close(fd)
with open(path, "rb") as f:
    print(f.read())
os.remove(path)

d = tempfile.mkdtemp(prefix="dir_")
print(os.path.isdir(d), os.path.basename(d).startswith("dir_"), oct(os.stat(d).st_mode & 0o777))
fd, inner = tempfile.mkstemp(dir=d, text=True)
os.close(fd)
print(os.listdir(d) == [os.path.basename(inner)])
os.remove(inner)
os.rmdir(d)

names = {tempfile.mktemp() for _ in range(50)}
print(len(names), all(not os.path.exists(n) for n in names))

bfd, bpath = tempfile.mkstemp(prefix=b"b_")
os.close(bfd)
print(type(bpath).__name__, bpath.rsplit(b"/", 1)[1].startswith(b"b_"), bpath.startswith(tmp.encode()))
os.remove(bpath)
