# Ranges beyond 64 bits: length, indexing, membership, iteration, reversal.
big = range(2**64, 2**64 + 10, 3)
print(big, list(big), big[1], 2**64 + 3 in big, big.index(2**64 + 6), len(big))
print(big[::-1], list(reversed(big)), list(range(2**63 - 2, 2**63 + 1)))
try:
    len(range(2**64))
except OverflowError as e:
    print("OverflowError", e)
print(range(2**64)[-1], 2**64 - 1 in range(2**64), range(2**100).count(5))
print(range(-10, 10, 4)[-2], range(10)[2:8:2], range(10)[::-1][2], range(0, 10, 2) == range(0, 9, 2))
print(range(5).__reduce__(), list(reversed(range(-3, 3, 2))), hash(range(0)) == hash(range(3, 3)))
