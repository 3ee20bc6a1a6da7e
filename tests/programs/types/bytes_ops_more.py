# bytes iteration, count, index, comparisons, bytes(str) errors.
b = b"abcabc"
print([x for x in b][:3], b.count(b"bc"), b.index(b"c"), b.rindex(b"a"), b[::-1], b * 0)
try:
    bytes("abc")
except TypeError as e:
    print(e)
print(bytes(b"xy"), bytes(bytearray(b"z")), list(bytes(2)))
print(b"%s-%d" % (b"x", 5), b"a" < b"b", max(b"azb"))
print(b"AbC".swapcase(), b"abc".title(), b"a b".split(), b"\t".isspace())
print(type(b[0]).__name__, type(b[0:1]).__name__)
