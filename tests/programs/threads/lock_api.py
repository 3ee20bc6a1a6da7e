# Lock and RLock: acquire/release, timeouts, ownership and error messages.
import threading
import time

lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(True, 0.01))
start = time.monotonic()
got = lock.acquire(timeout=0.05)
print("timed acquire:", got, time.monotonic() - start >= 0.04)
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with lock:
    print("in with:", lock.locked())
print("after with:", lock.locked())
try:
    with lock:
        raise KeyError("x")
except KeyError:
    print("released on error:", not lock.locked())
print(type(lock) is threading.Lock().__class__)

# A Lock can be released by another thread (it has no owner).
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print("released by other thread:", not lock.locked())

# RLock: reentrant for its owner only.
r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
other = []
def try_other():
    other.append(r.acquire(False))
    try:
        r.release()
    except RuntimeError as e:
        other.append(str(e))
t = threading.Thread(target=try_other)
t.start()
t.join()
print(other)
r.release(); r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with r:
    with r:
        print("nested with ok")
t = threading.Thread(target=lambda: other.append(r.acquire(False)))
t.start()
t.join()
print("free again:", other[-1])
r2 = threading.RLock()
r2.acquire()
done = []
def blocked():
    done.append(r2.acquire(timeout=0.05))
t = threading.Thread(target=blocked)
t.start()
t.join()
print("other thread timed out:", done)
r2.release()
