"""Compare gilfree's random.py against CPython's random module."""
import hashlib
import warnings
warnings.simplefilter("ignore", DeprecationWarning)
import random as real

from _load import load, Checker

mine = load('random')
c = Checker('random')

# SHA-512 helper
for data in [b'', b'abc', b'x' * 111, b'y' * 112, b'z' * 239, bytes(range(256)) * 3]:
    c.eq(mine._sha512(data), hashlib.sha512(data).digest(), 'sha512 len %d' % len(data))

seeds = list(range(0, 60)) + [-1, -12345, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 64 + 3,
                              10 ** 40, -(10 ** 30), True, 'hello', 'Σ unicode', '',
                              b'bytes', b'', bytearray(b'ba'), 0.5, 3.25, -1.5, 1e300]

for s in seeds:
    a = mine.Random(s)
    b = real.Random(s)
    c.eq(a.getstate(), b.getstate(), 'state after seed %r' % (s,))
    c.eq([a.random() for _ in range(50)], [b.random() for _ in range(50)], 'random %r' % (s,))
    for k in (0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 1000):
        c.eq(a.getrandbits(k), b.getrandbits(k), 'getrandbits(%d) seed %r' % (k, s))
    c.eq(a.randbytes(13), b.randbytes(13), 'randbytes')
    c.eq([a.randrange(1000) for _ in range(30)], [b.randrange(1000) for _ in range(30)], 'randrange')
    c.eq([a.randrange(-50, 77, 3) for _ in range(30)], [b.randrange(-50, 77, 3) for _ in range(30)], 'randrange step')
    c.eq([a.randrange(100, -7, -4) for _ in range(30)], [b.randrange(100, -7, -4) for _ in range(30)], 'randrange neg step')
    c.eq([a.randint(1, 6) for _ in range(50)], [b.randint(1, 6) for _ in range(50)], 'randint')
    c.eq([a.randint(0, 2 ** 70) for _ in range(5)], [b.randint(0, 2 ** 70) for _ in range(5)], 'randint big')
    c.eq([a.choice('abcdefg') for _ in range(20)], [b.choice('abcdefg') for _ in range(20)], 'choice')
    la = list(range(40)); lb = list(range(40))
    a.shuffle(la); b.shuffle(lb)
    c.eq(la, lb, 'shuffle')
    for n, k in ((10, 3), (10, 10), (30, 5), (100, 7), (1000, 20), (50, 0), (22, 6), (85, 6), (86, 6)):
        c.eq(a.sample(range(n), k), b.sample(range(n), k), 'sample(%d,%d)' % (n, k))
    c.eq(a.sample(['x', 'y', 'z'], 5, counts=[1, 3, 2]) if True else None,
         b.sample(['x', 'y', 'z'], 5, counts=[1, 3, 2]), 'sample counts')
    c.eq(a.sample('abcdefghij', 4), b.sample('abcdefghij', 4), 'sample str')
    c.eq(a.choices('abc', k=10), b.choices('abc', k=10), 'choices')
    c.eq(a.choices('abc', [1, 5, 2], k=10), b.choices('abc', [1, 5, 2], k=10), 'choices w')
    c.eq(a.choices('abc', cum_weights=[1, 5, 9], k=10), b.choices('abc', cum_weights=[1, 5, 9], k=10), 'choices cw')
    c.eq(a.uniform(-3, 7), b.uniform(-3, 7), 'uniform')
    c.eq(a.triangular(), b.triangular(), 'triangular')
    c.eq(a.triangular(1, 10, 2), b.triangular(1, 10, 2), 'triangular mode')
    c.eq(a.triangular(3, 3, 3), b.triangular(3, 3, 3), 'triangular degenerate')
    c.eq([a.gauss() for _ in range(7)], [b.gauss() for _ in range(7)], 'gauss')
    c.eq([a.gauss(5, 2) for _ in range(7)], [b.gauss(5, 2) for _ in range(7)], 'gauss mu sigma')
    c.eq([a.normalvariate(1, 3) for _ in range(7)], [b.normalvariate(1, 3) for _ in range(7)], 'normalvariate')
    c.eq(a.lognormvariate(0, 1), b.lognormvariate(0, 1), 'lognormvariate')
    c.eq(a.expovariate(1.5), b.expovariate(1.5), 'expovariate')
    c.eq(a.vonmisesvariate(1, 4), b.vonmisesvariate(1, 4), 'vonmises')
    c.eq(a.vonmisesvariate(1, 0), b.vonmisesvariate(1, 0), 'vonmises k0')
    for alpha in (0.3, 1.0, 2.5):
        c.eq(a.gammavariate(alpha, 2.0), b.gammavariate(alpha, 2.0), 'gamma %r' % alpha)
    c.eq(a.betavariate(2, 3), b.betavariate(2, 3), 'beta')
    c.eq(a.paretovariate(2), b.paretovariate(2), 'pareto')
    c.eq(a.weibullvariate(1, 2), b.weibullvariate(1, 2), 'weibull')
    c.eq(a.getstate(), b.getstate(), 'final state %r' % (s,))

# version=1 string seeds
for s in ['abc', b'xyz', '']:
    a = mine.Random(); b = real.Random()
    a.seed(s, version=1); b.seed(s, version=1)
    c.eq(a.random(), b.random(), 'version 1 seed %r' % (s,))

# getstate/setstate interop both ways
a = mine.Random(99); b = real.Random(7)
b.setstate(a.getstate())
c.eq([a.random() for _ in range(700)], [b.random() for _ in range(700)], 'setstate interop')
a.gauss(); b.gauss()
a2 = mine.Random(); a2.setstate(b.getstate())
c.eq(a2.gauss(), b.gauss(), 'setstate carries gauss_next')

# Many values over many seeds (thousands)
for s in range(200):
    a = mine.Random(s * 7919); b = real.Random(s * 7919)
    c.eq([a.random() for _ in range(20)] + [a.randrange(10 ** 6) for _ in range(10)],
         [b.random() for _ in range(20)] + [b.randrange(10 ** 6) for _ in range(10)], 'bulk %d' % s)

# Module-level functions
mine.seed(2024); real.seed(2024)
c.eq([mine.random(), mine.randint(1, 100), mine.choice([1, 2, 3]), mine.gauss()],
     [real.random(), real.randint(1, 100), real.choice([1, 2, 3]), real.gauss()], 'module-level')

# Subclass overriding random() only -> _randbelow_without_getrandbits
class MySub(mine.Random):
    def random(self):
        return super().random()
class RealSub(real.Random):
    def random(self):
        return super().random()
a = MySub(5); b = RealSub(5)
c.eq([a.randrange(1000) for _ in range(20)], [b.randrange(1000) for _ in range(20)], 'subclass randbelow')

# Errors
a = mine.Random(1); b = real.Random(1)
for args in [(0,), (-5,), (5, 5), (5, 2), (0, 10, 0), (10, 0, 2), (1.5,), (0, 2.5), ('a',), (10, None, 2)]:
    c.same_exc(lambda: a.randrange(*args), lambda: b.randrange(*args), 'randrange%r' % (args,))
c.same_exc(lambda: a.choice([]), lambda: b.choice([]), 'choice empty')
c.same_exc(lambda: a.sample(range(3), 4), lambda: b.sample(range(3), 4), 'sample too big')
c.same_exc(lambda: a.sample({1, 2}, 1), lambda: b.sample({1, 2}, 1), 'sample set')
c.same_exc(lambda: a.sample({1: 2}, 1), lambda: b.sample({1: 2}, 1), 'sample dict')
c.same_exc(lambda: a.getrandbits(-1), lambda: b.getrandbits(-1), 'getrandbits neg')
c.same_exc(lambda: a.choices('ab', [1]), lambda: b.choices('ab', [1]), 'choices mismatch')
c.same_exc(lambda: a.choices('ab', 3), lambda: b.choices('ab', 3), 'choices k positional')
c.same_exc(lambda: a.choices('ab', [0, 0]), lambda: b.choices('ab', [0, 0]), 'choices zero')
c.same_exc(lambda: a.choices('ab', [1, 1], cum_weights=[1, 2]), lambda: b.choices('ab', [1, 1], cum_weights=[1, 2]), 'choices both')
c.same_exc(lambda: a.gammavariate(0, 1), lambda: b.gammavariate(0, 1), 'gamma err')
c.same_exc(lambda: a.seed([1]), lambda: b.seed([1]), 'seed list')
c.same_exc(lambda: a.setstate((9, (), None)), lambda: b.setstate((9, (), None)), 'setstate version')
c.same_exc(lambda: a.sample('abc', 2, counts=[1, 2]), lambda: b.sample('abc', 2, counts=[1, 2]), 'counts mismatch')

c.done()
