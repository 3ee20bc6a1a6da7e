# open() errors: missing file, bad mode, writing to read-only handle.
try:
    open("_definitely_missing_file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename, e.strerror)
try:
    open("x.txt", "rz")
except ValueError as e:
    print(e)
import os
name = "_tmp_open_errors.txt"
with open(name, "w") as f:
    f.write("x")
with open(name) as f:
    try:
        f.write("y")
    except Exception as e:
        print(type(e).__name__, e)
try:
    with open(name, "x") as f:
        pass
except FileExistsError as e:
    print(type(e).__name__, e.filename)
os.remove(name)
