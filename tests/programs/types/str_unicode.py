# Unicode: len counts code points, indexing, ord/chr, normalization-free comparisons.
s = "naïve café 日本語 🎉"
print(len(s), s[2], s[-1], s[11:14])
print([ord(c) for c in "é日🎉"])
print(chr(0x1F600), chr(233), ascii("é日🎉"), repr("é日🎉"))
print("日本" < "語", sorted(["é", "e", "z", "a"]))
print("é".upper(), "ǆ".title(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
print(s.encode("utf-8")[:12], len(s.encode("utf-8")), len(s.encode("utf-16-le")))
print("\u00e9" == "e\u0301", len("e\u0301"))
print(str(b"\xc3\xa9", "utf-8"), b"\xf0\x9f\x8e\x89".decode())
