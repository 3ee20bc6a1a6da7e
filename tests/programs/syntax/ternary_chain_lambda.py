# Conditional expressions inside lambdas, comprehensions and arguments.
sign = lambda x: "pos" if x > 0 else "neg" if x < 0 else "zero"
print([sign(v) for v in (-2, 0, 3)])
print(max(1, 2) if True else min(1, 2), [x if x % 2 else -x for x in range(5)])
