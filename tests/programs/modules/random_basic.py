# random with a fixed seed reproduces CPython's Mersenne Twister sequence.
import random
random.seed(42)
print([random.random() for _ in range(5)])
random.seed(42)
print(random.random())
random.seed(12345)
print([random.randint(1, 100) for _ in range(10)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(0, 100, 7) for _ in range(5)])
