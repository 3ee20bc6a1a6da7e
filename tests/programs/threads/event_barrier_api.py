# Event and Barrier basics.
import threading

e = threading.Event()
print(e.is_set(), e.isSet(), e.wait(0), e.wait(0.01))
e.set()
print(e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set())
t = threading.Timer(0.05, e.set)
t.start()
print("waited:", e.wait(5))
t.join()

b = threading.Barrier(3, timeout=5)
print(b.parties, b.n_waiting, b.broken)
for bad in (0, -1):
    try:
        threading.Barrier(bad)
    except ValueError as err:
        print("ValueError:", err)
idx = []
lock = threading.Lock()
def party():
    i = b.wait()
    with lock:
        idx.append(i)
ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(idx), b.n_waiting, b.broken)

# Timeout breaks the barrier; reset repairs it.
b = threading.Barrier(2)
try:
    b.wait(0.05)
except threading.BrokenBarrierError:
    print("timed out -> broken:", b.broken)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("still broken")
b.reset()
print("reset:", b.broken)
ts = [threading.Thread(target=b.wait) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("usable again:", not b.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
b.abort()
print("aborted:", b.broken)

# reset() while parties wait makes them raise BrokenBarrierError.
b = threading.Barrier(3)
res = []
def waiter():
    try:
        b.wait()
        res.append("passed")
    except threading.BrokenBarrierError:
        res.append("broken")
ts = [threading.Thread(target=waiter) for _ in range(2)]
for t in ts:
    t.start()
while b.n_waiting < 2:
    pass
b.reset()
for t in ts:
    t.join()
print(res, b.broken)
