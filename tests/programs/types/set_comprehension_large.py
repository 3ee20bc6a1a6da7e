# Set operations on larger sets.
a = set(range(0, 1000, 2))
b = set(range(0, 1000, 3))
print(len(a), len(b), len(a & b), len(a | b), len(a - b), len(a ^ b))
print(sum(a & b), max(a | b), min(a - b))
c = {i % 17 for i in range(1000)}
print(sorted(c))
