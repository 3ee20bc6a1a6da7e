# Many threads set, get, pop and setdefault on one shared dict.
from _race import SIZES, run

K = 1000

def setter(i, d):
    for j in range(K):
        d[(i, j)] = i * K + j
    return 0

def getter(i, d, n):
    # Read every key of every thread; each value must be right.
    bad = 0
    for other in range(n):
        for j in range(K):
            if d.get((other, j)) != other * K + j:
                bad += 1
    return bad

def popper(i, d, n):
    # All threads race to pop every key: each key goes to exactly one.
    got = 0
    for other in range(n):
        for j in range(K):
            if d.pop((other, j), None) is not None:
                got += 1
    return got

def defaulter(i, d):
    # Everyone setdefaults the same keys; the first value wins for all.
    firsts = []
    for j in range(K):
        firsts.append(d.setdefault(j, i))
    return firsts

def counter(i, d, lock):
    for j in range(K):
        with lock:
            d["count"] = d.get("count", 0) + 1
    return 0

import threading

for rep in range(3):
    for n in SIZES:
        d = {}
        run(n, setter, d)
        assert len(d) == n * K
        assert sum(run(n, getter, d, n)) == 0
        popped = run(n, popper, d, n)
        assert sum(popped) == n * K, popped
        assert d == {}
        results = run(n, defaulter, d)
        for j in range(K):
            seen = set(r[j] for r in results)
            assert len(seen) == 1 and seen == {d[j]}, (j, seen)
        c = {}
        run(n, counter, c, threading.Lock())
        assert c["count"] == n * K
        if rep == 0:
            print("n=%d keys=%d popped=%d setdefault=%d count=%d" % (
                n, n * K, sum(popped), len(d), c["count"]))
print("ok")
