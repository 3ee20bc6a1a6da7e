# translate/maketrans, encode, format_map, str multiplication.
t = str.maketrans("abc", "xyz", "d")
print("abcdd cab".translate(t))
print("hello".translate({ord("l"): "L", ord("o"): None}))
print("héllo".encode("utf-8"), "abc".encode("ascii"), "é".encode("latin-1"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
print("ab" * 3, 3 * "x", "x" * 0, "x" * -1)
