# os: listdir of a temp dir, environment, getcwd basename, makedirs/remove.
import os
d = "_tmp_os_basic_dir"
os.makedirs(os.path.join(d, "sub"), exist_ok=True)
for n in ["b.txt", "a.txt"]:
    with open(os.path.join(d, n), "w") as f:
        f.write(n)
print(sorted(os.listdir(d)))
print(os.path.getsize(os.path.join(d, "a.txt")))
os.rename(os.path.join(d, "a.txt"), os.path.join(d, "c.txt"))
print(sorted(os.listdir(d)))
for n in os.listdir(d):
    full = os.path.join(d, n)
    if os.path.isdir(full):
        os.rmdir(full)
    else:
        os.remove(full)
os.rmdir(d)
print(os.path.exists(d), os.sep, type(os.environ.get("PATH")).__name__)
print(os.environ.get("GILFREE_SURELY_UNSET_VAR", "unset"))
