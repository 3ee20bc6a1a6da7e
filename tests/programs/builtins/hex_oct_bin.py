# hex/oct/bin of ints, negatives, big ints, __index__ objects.
for n in [0, 1, 255, -255, 2 ** 64, -(2 ** 70)]:
    print(hex(n), oct(n), bin(n))
try:
    hex(1.5)
except TypeError as e:
    print(e)
print(format(255, "#010x"), format(5, "08b"), f"{-5:#b}", format(8, "o"))
