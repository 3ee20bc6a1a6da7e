# random.choice/shuffle/sample with fixed seed.
import random
random.seed(2024)
l = list(range(20))
print([random.choice("abcdefghij") for _ in range(10)])
random.shuffle(l)
print(l)
print(random.sample(range(100), 10))
print(random.sample(["a", "b", "c", "d"], 2))
print(random.choices("abc", k=6), random.choices([1, 2, 3], weights=[10, 1, 1], k=5))
