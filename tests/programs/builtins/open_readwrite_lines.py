# writelines, readline with size, iteration after partial read.
import os
name = "_tmp_rw_lines.txt"
with open(name, "w") as f:
    f.writelines(["one\n", "two\n", "three\n"])
with open(name) as f:
    print(repr(f.readline(2)), repr(f.readline()), [l.strip() for l in f])
with open(name, "r+") as f:
    f.seek(0, 2)
    f.write("four\n")
with open(name) as f:
    print(f.read().splitlines())
os.remove(name)
