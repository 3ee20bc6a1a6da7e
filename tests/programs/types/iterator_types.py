# Iterator type names and exhaustion behaviour.
for obj in [[1], (1,), "s", {1: 2}, {1}, range(1), b"x", {1: 2}.items()]:
    it = iter(obj)
    print(type(it).__name__, next(it), next(it, "done"))
it = iter([1, 2])
print(list(it), list(it))
