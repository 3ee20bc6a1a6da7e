# Threads bump a nonlocal counter in a shared closure, under a Lock.
import threading
from _race import SIZES, run

def make_counter():
    count = 0
    lock = threading.Lock()
    def bump(k):
        nonlocal count
        for _ in range(k):
            with lock:
                count += 1
    def value():
        return count
    return bump, value

def make_cells():
    # Per-thread closures over private cells: no lock needed.
    def make(i):
        total = 0
        def add(x):
            nonlocal total
            total += x
            return total
        return add
    return make

K = 3000

for rep in range(3):
    for n in SIZES:
        bump, value = make_counter()
        run(n, lambda i: bump(K))
        assert value() == n * K
        make = make_cells()
        def private(i):
            add = make(i)
            r = 0
            for j in range(K):
                r = add(j)
            return r
        res = run(n, private)
        assert res == [K * (K - 1) // 2] * n
        if rep == 0:
            print("n=%d count=%d private=%d" % (n, value(), res[0]))
print("ok")
