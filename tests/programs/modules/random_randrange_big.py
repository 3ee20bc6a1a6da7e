# random.randrange/randint on big ranges with a fixed seed.
import random
random.seed(5)
print(random.randrange(10 ** 30), random.randint(-(2 ** 70), 2 ** 70), random.randrange(1, 10 ** 9, 3))
print([random.randint(0, 1) for _ in range(20)])
