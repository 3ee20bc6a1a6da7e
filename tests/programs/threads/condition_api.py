# Condition: wait/wait_for timeouts, notify counts, errors.
import threading
import time

c = threading.Condition()
for fn in (c.wait, c.notify, c.notify_all):
    try:
        fn()
    except RuntimeError as e:
        print("RuntimeError:", e)
with c:
    start = time.monotonic()
    print("wait timeout:", c.wait(0.05), time.monotonic() - start >= 0.04)
    print("wait(0):", c.wait(0))
    print("wait_for false:", c.wait_for(lambda: False, 0.02))
    print("wait_for value:", c.wait_for(lambda: 42, 0.02))
    c.notify()      # nobody waiting: fine
    c.notify_all()

# With an explicit Lock and an explicit RLock (nested hold).
for lock in (threading.Lock(), threading.RLock()):
    cond = threading.Condition(lock)
    box = []
    def setter():
        with cond:
            box.append(1)
            cond.notify()
    with cond:
        if isinstance(lock, type(threading.RLock())):
            lock.acquire()          # held twice: wait must drop both levels
        t = threading.Thread(target=setter)
        t.start()
        print(type(lock).__name__ in ("lock", "RLock", "_RLock"), cond.wait_for(lambda: box, 5))
        if isinstance(lock, type(threading.RLock())):
            lock.release()
    t.join()

# notify(n) wakes exactly n of the waiters.
cond = threading.Condition()
woke = []
waiting = [0]
def w(i):
    with cond:
        waiting[0] += 1
        if cond.wait(5):
            woke.append(i)
ts = [threading.Thread(target=w, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
while True:
    with cond:
        if waiting[0] == 5:
            break
with cond:
    cond.notify(2)
time.sleep(0.1)
with cond:
    print("after notify(2):", len(woke))
    cond.notify_all()
for t in ts:
    t.join()
print("after notify_all:", len(woke), sorted(woke))

# wait_for with a timeout counts from the first wait.
cond = threading.Condition()
calls = [0]
def pred():
    calls[0] += 1
    return False
with cond:
    start = time.monotonic()
    r = cond.wait_for(pred, 0.1)
    print(r, time.monotonic() - start < 2, calls[0] >= 2)
print(repr(threading.Condition(threading.Lock())).startswith("<Condition("))
