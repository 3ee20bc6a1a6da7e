# bytes methods: hex, fromhex, decode, split, join, find, replace, upper.
b = b"Hello, World"
print(b.hex(), bytes.fromhex("48 65 6c"), b.hex(":"), b.lower(), b.upper())
print(b.split(b", "), b.find(b"o"), b.count(b"l"), b.replace(b"l", b"L"), b.startswith(b"He"))
print(b"-".join([b"a", b"b"]), b"  x ".strip(), b"abc".decode(), b"\xc3\xa9".decode("utf-8"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
print(b"\xff".decode("utf-8", "replace"), b"\xff".decode("latin-1"))
print(b"abc".isalpha(), b"123".isdigit(), b"x".center(5, b"*"), b"a,b".partition(b","))
