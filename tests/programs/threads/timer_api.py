# Timer runs its function once after the interval unless cancelled.
import threading
import time

hits = []
t = threading.Timer(0.05, hits.append, args=["fired"])
start = time.monotonic()
t.start()
t.join()
print(hits, time.monotonic() - start >= 0.04, t.finished.is_set())

c = threading.Timer(10, hits.append, args=["never"])
c.start()
c.cancel()
c.join(5)
print(hits, c.is_alive())

k = threading.Timer(0, lambda **kw: hits.append(sorted(kw)), kwargs={"a": 1, "b": 2})
k.start()
k.join()
print(hits[-1], k.interval, isinstance(k, threading.Thread))
print(threading.Timer(1, print).name.startswith("Thread-"))
