# memoryview over bytes and bytearray.
ba = bytearray(b"hello")
m = memoryview(ba)
print(m[0], bytes(m[1:3]), len(m), m.tobytes(), m.tolist()[:2])
m[0] = ord("J")
print(ba)
print(memoryview(b"abc").readonly, m.readonly, m.nbytes)
