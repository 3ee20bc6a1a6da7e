# chr and ord round-trips.
print([chr(i) for i in range(65, 70)], [ord(c) for c in "AZaz09"])
print(chr(8364), ord("€"), chr(ord("a") + 25), "".join(chr(ord(c) ^ 32) for c in "Hello"))
print(all(ord(chr(i)) == i for i in range(0, 0x11000, 97)))
try:
    chr("a")
except TypeError as e:
    print(e)
