# array module typecodes, append, tobytes, errors.
from array import array
a = array("i", [1, 2, 3])
a.append(4); a.extend([5, 6])
print(a, len(a), a[0], a[-1], a[1:3], sum(a), a.typecode, a.itemsize)
print(array("d", [1.5, 2.5]), array("b", [-1, 1]).tobytes(), array("u", "hi"))
a.reverse()
print(a.tolist(), a.index(3), a.count(1))
try:
    array("b", [200])
except OverflowError as e:
    print(e)
try:
    a.append(1.5)
except TypeError as e:
    print(e)
b = array("H")
b.frombytes(b"\x01\x00\x02\x00")
print(b.tolist() if __import__("sys").byteorder == "little" else [1, 2])
