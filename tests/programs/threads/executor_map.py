# ThreadPoolExecutor.map and submit under load: order, counts, exceptions.
from concurrent.futures import ThreadPoolExecutor, as_completed, wait
import threading

def square(x):
    return x * x

def work(x):
    s = 0
    for i in range(200):
        s += (x * i) % 7
    return s

lock = threading.Lock()
calls = [0]
def counted(x):
    with lock:
        calls[0] += 1
    return x + 1

for workers in (2, 4, 8):
    with ThreadPoolExecutor(max_workers=workers) as ex:
        res = list(ex.map(square, range(2000)))
        assert res == [x * x for x in range(2000)]
        res2 = list(ex.map(work, range(500)))
        assert res2 == [work(x) for x in range(500)]
        res3 = list(ex.map(pow, range(50), [2] * 50))
        assert res3 == [x ** 2 for x in range(50)]
        fs = [ex.submit(counted, i) for i in range(1000)]
        total = sum(f.result() for f in as_completed(fs))
        assert total == sum(range(1, 1001))
        done, not_done = wait(fs)
        assert len(done) == 1000 and not not_done
        threads = len(ex._threads)
    print("workers=%d map=%d sum=%d threads<=workers: %s" % (
        workers, len(res), sum(res), threads <= workers))
print("calls:", calls[0])

def maybe_fail(x):
    if x == 37:
        raise ValueError("bad %d" % x)
    return x

with ThreadPoolExecutor(4) as ex:
    out = []
    try:
        for v in ex.map(maybe_fail, range(100)):
            out.append(v)
    except ValueError as e:
        print("map raised at item", len(out), e)

# Nested submission from inside the pool.
with ThreadPoolExecutor(4) as ex:
    def outer(i):
        return ex.submit(square, i)
    inner = [f.result() for f in [ex.submit(outer, i) for i in range(20)]]
    print("nested:", sum(f.result() for f in inner))
print("ok")
