# os.symlink and os.readlink, with their errors.
import os, tempfile
d = tempfile.mkdtemp()
link = os.path.join(d, "link")
os.symlink("target/that/does/not/exist", link)
print(os.readlink(link), os.readlink(link.encode()))
print(os.path.islink(link), os.path.exists(link), os.path.lexists(link))
for call in (lambda: os.symlink("elsewhere", link), lambda: os.readlink(d),
             lambda: os.readlink(os.path.join(d, "missing"))):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename if e.filename[0] != "/" else e.filename.startswith(d))
os.remove(link)
os.rmdir(d)
