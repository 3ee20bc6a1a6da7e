# Further random functions with fixed seeds: betavariate, binomial-free, randbytes, choice on range.
import random
random.seed(314)
print(random.choice(range(1000)), random.randrange(-50, 50), random.random())
print(random.betavariate(2, 3), random.lognormvariate(0, 1), random.vonmisesvariate(0, 1))
print(random.randbytes(8))
r = random.Random("seed-str")
print(r.sample(range(50), 5), r.randint(-(10 ** 20), 10 ** 20))
