# Printable ASCII table via chr/ord.
rows = []
for start in range(32, 127, 16):
    rows.append("".join(chr(c) for c in range(start, min(start + 16, 127))))
for r in rows:
    print(repr(r))
print(sum(ord(c) for c in "checksum"))
