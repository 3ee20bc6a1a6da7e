# ascii() escapes non-ASCII characters.
print(ascii("abc"), ascii("é"), ascii("日本"), ascii("\U0001f600"), ascii(["ü", 1]), ascii(b"\xff"))
