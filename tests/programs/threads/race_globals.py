# Threads read and write module globals: private names and a locked counter.
import threading
from _race import SIZES, run

counter = 0
lock = threading.Lock()
CONST = 42
table = {}

def bump(i, k):
    global counter
    name = "g_%d" % i
    globals()[name] = 0
    bad = 0
    for j in range(k):
        with lock:
            counter += 1
        globals()[name] = globals()[name] + 1
        if CONST != 42:
            bad += 1
    return bad

def rebind(i, k):
    # Everyone rebinds the same global; the final value is one of theirs.
    global shared
    for j in range(k):
        shared = i
        if shared not in range(8):
            return 1
    return 0

shared = 0

K = 2000
for rep in range(3):
    for n in SIZES:
        counter = 0
        assert sum(run(n, bump, K)) == 0
        assert counter == n * K, counter
        assert [globals()["g_%d" % i] for i in range(n)] == [K] * n
        assert sum(run(n, rebind, K)) == 0
        assert shared in range(n)
        if rep == 0:
            print("n=%d counter=%d privates=%d" % (n, counter, sum(globals()["g_%d" % i] for i in range(n))))
print("ok")
