# add_note (3.11) and exception attributes.
e = ValueError("base")
e.add_note("note one")
e.add_note("note two")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as t:
    print(t)
err = OSError(2, "No such file")
print(err.errno, err.strerror, str(err))
k = KeyError("key")
print(str(k), repr(k), k.args)
s = StopIteration(7)
print(s.value)
