# struct pack/unpack with explicit byte order.
import struct
print(struct.pack(">I", 1), struct.pack("<H", 258), struct.pack(">hhl", 1, 2, 3), struct.calcsize(">hhl"))
print(struct.unpack(">I", b"\x00\x00\x01\x00"), struct.unpack("<d", struct.pack("<d", 1.5)), struct.pack(">?3s", True, b"ab"))
try:
    struct.pack(">B", 256)
except struct.error as e:
    print(e)
