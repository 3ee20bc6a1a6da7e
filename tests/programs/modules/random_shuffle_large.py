# random.shuffle on a larger list and repeated runs give identical permutations.
import random
random.seed(1)
a = list(range(50))
random.shuffle(a)
print(a)
random.seed(1)
b = list(range(50))
random.shuffle(b)
print(a == b, sorted(a) == list(range(50)))
print(random.sample(a, k=len(a))[:10])
