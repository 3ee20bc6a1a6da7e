# bytes construction, indexing, slicing, repr.
b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], list(b[:2]))
print(bytes(3), bytes([65, 66, 67]), bytes("é", "utf-8"), bytes(range(5)))
print(b"a" + b"b", b"ab" * 2, b"ell" in b, 104 in b)
print(repr(b"'"), repr(b'"'), repr(b"\t\n\r\\"), repr(b"it's \"q\""))
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    b[0] = 1
except TypeError as e:
    print(e)
try:
    b"a" + "b"
except TypeError as e:
    print(e)
print(b"abc" == b"abc", b"abc" < b"abd", b"" == bytes())
