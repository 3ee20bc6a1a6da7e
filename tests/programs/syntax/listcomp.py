# List comprehensions with multiple for/if clauses and nesting.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in range(x)])
print([[j for j in range(i)] for i in range(4)])
m = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in m])
print([c.upper() for c in "abc" if c != "b"])
x = "outer"
r = [x for x in range(3)]
print(x, r)
print([a + b for a, b in zip("abc", "xyz")])
