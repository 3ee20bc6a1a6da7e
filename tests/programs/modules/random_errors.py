# random errors for empty sequences and bad ranges.
import random
random.seed(0)
for f in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randint(5, 1), lambda: random.sample([1, 2], 3)]:
    try:
        f()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
