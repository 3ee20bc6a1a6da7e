# tempfile's errors: mixed str/bytes pieces, a missing directory, a bad mode
# (which leaves no file behind).
import os, tempfile

def attempt(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, e.errno if isinstance(e, OSError) else e)

attempt(tempfile.mkstemp, prefix=b"a", suffix="b")
attempt(tempfile.mkdtemp, dir=b"/tmp", prefix="x")
d = tempfile.mkdtemp()
attempt(tempfile.mkstemp, dir=os.path.join(d, "missing"))
attempt(tempfile.NamedTemporaryFile, mode="q", dir=d)
attempt(tempfile.TemporaryFile, mode="rb+", encoding="utf-8", dir=d)
print(os.listdir(d))
os.rmdir(d)
