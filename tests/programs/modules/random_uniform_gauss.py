# random.uniform/gauss/normalvariate/expovariate with fixed seed.
import random
random.seed(7)
print([random.uniform(1, 10) for _ in range(3)])
print([random.gauss(0, 1) for _ in range(4)])
print(random.normalvariate(5, 2), random.expovariate(1.5), random.triangular(0, 1))
print(random.getrandbits(64), random.getrandbits(100))
