# os.path pure functions on relative paths.
import os.path as p
print(p.join("a", "b", "c.txt"), p.join("a", "/abs"), p.split("a/b/c.txt"), p.splitext("x/y.tar.gz"))
print(p.basename("a/b/c.py"), p.dirname("a/b/c.py"), p.normpath("a/./b/../c"), p.isabs("/x"), p.isabs("x"))
print(p.exists("os_path.py"), p.isfile("os_path.py"), p.isdir("."), p.exists("nope.nope"))
print(p.basename(p.abspath("os_path.py")), p.commonprefix(["abc", "abd"]))
