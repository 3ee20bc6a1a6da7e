# UTF-16 / UTF-32 codecs: BOM handling, byte orders, decode errors.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "UTF-32BE", "utf_16"]:
    t(lambda: "aé€😀".encode(enc))
    t(lambda: "aé€😀".encode(enc).decode(enc))
t(lambda: b"a".decode("utf-16-le"))
t(lambda: b"\x00\xd8a\x00".decode("utf-16-le"))
t(lambda: b"\x00\xdc".decode("utf-16-le"))
t(lambda: b"\x00\xd8".decode("utf-16-le"))
t(lambda: b"\xfe\xff\x00a".decode("utf-16"))
t(lambda: b"\x00\xdc".decode("utf-16-le", "replace"))
t(lambda: b"\xff\xff\x11\x00".decode("utf-32-le"))
