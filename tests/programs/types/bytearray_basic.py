# bytearray mutation methods.
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
ba += b"g"
print(ba, len(ba), bytes(ba))
ba[1:3] = b"XYZ"
print(ba)
del ba[0]
print(ba, ba.pop(), ba)
ba.insert(0, 33)
ba.reverse()
print(ba, ba.find(b"Y"), ba.decode())
print(bytearray(3), bytearray([1, 2]), bytearray("hi", "ascii"))
try:
    ba.append(300)
except ValueError as e:
    print(e)
print(bytearray(b"x") == b"x", type(bytearray(b"a") + b"b").__name__)
