# open(..., opener=f) takes the descriptor f(name, flags) returns; os.open,
# os.fdopen and the errors of a bad opener.
import os, tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "f.txt")
seen = []
def opener(name, flags):
    seen.append((name == path, bool(flags & os.O_CREAT), bool(flags & os.O_WRONLY)))
    return os.open(name, flags, 0o600)

with open(path, "w", opener=opener) as f:
    f.write("hello")
    print(f.name == path, f.mode)
print(seen, oct(os.stat(path).st_mode & 0o777))

fd = os.open(path, os.O_RDONLY)
with os.fdopen(fd) as f:
    print(f.read(), f.name == fd)

fd = os.open(path, os.O_WRONLY | os.O_APPEND)
with os.fdopen(fd, "a", encoding="utf-8") as f:
    f.write(" world")
with open(path, "rb", opener=lambda n, fl: os.open(n, fl)) as f:
    print(f.read())

for bad in (lambda n, fl: -1, lambda n, fl: "3", lambda n, fl: 2 ** 80):
    try:
        open(path, opener=bad)
    except Exception as e:
        print(type(e).__name__, e)
for call in (lambda: os.open(os.path.join(d, "nope"), os.O_RDONLY),
             lambda: os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY),
             lambda: os.open(path, "r"),
             lambda: os.fdopen(path),
             lambda: os.open(d, os.O_WRONLY)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e.args[0] if isinstance(e, OSError) else e)
os.remove(path)
os.rmdir(d)
