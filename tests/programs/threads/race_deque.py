# Producers append and consumers popleft on one shared deque.
from collections import deque
import threading
from _race import SIZES, run

K = 2000

def producer(i, dq):
    for j in range(K):
        dq.append(i * K + j)
    return 0

def consumer(i, dq, stop):
    got = []
    while True:
        try:
            got.append(dq.popleft())
        except IndexError:
            if stop.is_set() and not dq:
                return got
    return got

for rep in range(3):
    for n in SIZES:
        dq = deque()
        run(n, producer, dq)
        assert len(dq) == n * K
        assert sorted(dq) == list(range(n * K))
        # Half the threads produce while the other half consume.
        dq = deque()
        stop = threading.Event()
        producers = n // 2
        done = [0]
        lock = threading.Lock()

        def role(i, dq):
            if i < producers:
                producer(i, dq)
                with lock:
                    done[0] += 1
                    if done[0] == producers:
                        stop.set()
                return []
            return consumer(i, dq, stop)

        res = run(n, role, dq)
        flat = [x for got in res for x in got]
        assert len(flat) == producers * K, len(flat)
        assert sorted(flat) == list(range(producers * K))
        # Each consumer saw each producer's items in order.
        for got in res:
            for p in range(producers):
                mine = [x for x in got if x // K == p]
                assert mine == sorted(mine)
        if rep == 0:
            print("n=%d produced=%d consumed=%d" % (n, n * K, len(flat)))
print("ok")
