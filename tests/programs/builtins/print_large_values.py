# Printing nested containers and long values.
print([list(range(3)), {"k": (1, 2)}, {(1, 2): None}])
print([[]] * 3, [()] * 2, ({},))
print(list(range(30)))
print(2 ** 256)
print("x" * 100)
