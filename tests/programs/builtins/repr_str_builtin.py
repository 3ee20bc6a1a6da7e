# repr() and str() of built-in values.
vals = [1, -1.5, "s", "it's", b"b", [1, "a"], (1,), (), {"k": [1]}, set(), {1}, None, True, 1j, range(3), slice(1, 2), Ellipsis, NotImplemented, frozenset(), bytearray(b"x")]
for v in vals:
    print(repr(v), str(v))
print(str(), repr(str()))
print(str(b"abc", "ascii"), str(b"\xff", "utf-8", "replace"))
