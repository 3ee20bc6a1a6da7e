# Mixed int/float/complex arithmetic result types.
ops = [1 + 2.0, 3 * 1.5, 7 // 2.0, 7 % 2.5, 2 ** 0.5, 1 + 1j, 2.0 * 1j, True + 1.5]
print(ops)
print([type(o).__name__ for o in ops])
