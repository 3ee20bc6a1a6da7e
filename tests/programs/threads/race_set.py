# Many threads add to and discard from one shared set.
from _race import SIZES, run

K = 2000

def adder(i, s, n):
    # Overlapping ranges: every thread adds 0..K-1 plus its own block.
    for j in range(K):
        s.add(j)
        s.add(K * (i + 1) + j)
    return 0

def discarder(i, s, n):
    for j in range(K):
        s.discard(j)
        s.discard(K * (i + 1) + j)
    return 0

def checker(i, s, n):
    # Membership on a set others are mutating: only a bool comes back.
    hits = 0
    for j in range(K):
        if (j in s) in (True, False):
            hits += 1
    return hits

for rep in range(3):
    for n in SIZES:
        s = set()
        run(n, adder, s, n)
        assert len(s) == K * (n + 1), len(s)
        assert s == set(range(K * (n + 1)))
        half = n // 2
        res = run(n, lambda i, s, n: discarder(i, s, n) if i < half else checker(i, s, n), s, n)
        assert sum(res[half:]) == K * (n - half)
        assert len(s) == K * (n - half), len(s)
        run(n, discarder, s, n)
        assert s == set()
        if rep == 0:
            print("n=%d added=%d left=%d" % (n, K * (n + 1), len(s)))
print("ok")
