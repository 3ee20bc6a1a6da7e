# join(timeout) returns when the time is up even if the thread still runs.
import threading
import time

release = threading.Event()
t = threading.Thread(target=release.wait)
t.start()
start = time.monotonic()
t.join(0.1)
waited = time.monotonic() - start
print("still alive after join(0.1):", t.is_alive(), "waited enough:", waited >= 0.09)
t.join(0)
print("join(0) alive:", t.is_alive())
t.join(-1)
print("join(-1) alive:", t.is_alive())
release.set()
t.join(5)
print("after release alive:", t.is_alive())
t.join()
print("join again ok")

# Many joiners on one thread all return.
gate = threading.Event()
target = threading.Thread(target=gate.wait)
target.start()
results = []
lock = threading.Lock()
def joiner():
    target.join()
    with lock:
        results.append(target.is_alive())
js = [threading.Thread(target=joiner) for _ in range(6)]
for j in js:
    j.start()
time.sleep(0.05)
gate.set()
for j in js:
    j.join()
print("joiners:", results)
print("ok")
