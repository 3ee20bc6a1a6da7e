# sum of floats is left-to-right (not compensated) in 3.11.
print(sum([0.1] * 10), sum([1e16, 1.0, -1e16]), sum([0.1, 0.2, 0.3]))
print(sum(range(10 ** 6)), sum([1] * 1000, 0.5))
