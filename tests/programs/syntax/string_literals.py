# String literal forms: escapes, raw, bytes, triple quotes.
print("tab\tnew\\nline")
print('single "double" inside', "double 'single' inside")
print(r"raw\n\t", len(r"\n"))
print("\x41\u00e9\N{GREEK SMALL LETTER ALPHA}\U0001F600"[:3], len("\U0001F600"))
print("\101\060", "a\
b")
print(b"bytes\x00\xff", rb"\x00")
print("""triple "quoted" with
newline""")
print('''another''' == "another")
print("\a\b\f\v\0" == "\x07\x08\x0c\x0b\x00")
