# Writing and reading a file in /tmp with a pid-free unique name.
import os, tempfile
with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
    f.write("temp content")
    path = f.name
with open(path) as f:
    print(f.read(), path.endswith(".txt"))
os.remove(path)
print(os.path.exists(path))
