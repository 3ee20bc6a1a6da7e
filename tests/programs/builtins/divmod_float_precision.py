# Float modulo/divmod results that need exactness.
print(divmod(1.0, 0.1), 1.0 % 0.1, 1.0 // 0.1, 5.5 % 1.1, -0.0 % 1.0, 0.0 % -1.0)
print(divmod(-1e-20, 1.0), (-1e-20) % 1.0)
