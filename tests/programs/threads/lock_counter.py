# A counter guarded by Lock, RLock (nested) and Semaphore stays exact.
import threading
from _race import SIZES, run

K = 3000

class Box:
    def __init__(self):
        self.n = 0

def with_lock(i, box, lock):
    for _ in range(K):
        with lock:
            box.n += 1
    return 0

def with_acquire(i, box, lock):
    for _ in range(K):
        lock.acquire()
        try:
            box.n += 1
        finally:
            lock.release()
    return 0

def nested_rlock(i, box, lock):
    for _ in range(K // 2):
        with lock:
            with lock:
                box.n += 1
            box.n += 1
    return 0

def trylock(i, box, lock):
    # Non-blocking acquire: count only the successful attempts.
    wins = 0
    for _ in range(K):
        if lock.acquire(False):
            box.n += 1
            wins += 1
            lock.release()
    return wins

for rep in range(3):
    for n in SIZES:
        for name, fn, make in [("Lock", with_lock, threading.Lock),
                               ("Lock.acquire", with_acquire, threading.Lock),
                               ("RLock", nested_rlock, threading.RLock),
                               ("Semaphore", with_lock, threading.Semaphore),
                               ("BoundedSemaphore", with_lock, threading.BoundedSemaphore)]:
            box = Box()
            lock = make()
            run(n, fn, box, lock)
            assert box.n == n * K, (name, box.n)
            assert not lock.locked() if hasattr(lock, "locked") else True
            if rep == 0:
                print("n=%d %s: %d" % (n, name, box.n))
        box = Box()
        wins = run(n, trylock, box, threading.Lock())
        assert box.n == sum(wins)
print("ok")
