# Seeding with ints, big ints, strings and bytes is deterministic.
import random
for s in [0, 1, -5, 2 ** 100, "hello", b"bytes"]:
    random.seed(s)
    print(repr(s), random.random(), random.randint(0, 10 ** 6))
r1 = random.Random(99)
r2 = random.Random(99)
print([r1.random() for _ in range(3)] == [r2.random() for _ in range(3)], r1.randint(1, 6))
st = r1.getstate()
x = r1.random()
r1.setstate(st)
print(x == r1.random())
