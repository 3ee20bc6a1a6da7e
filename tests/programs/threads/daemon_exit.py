# At exit the interpreter waits for non-daemon threads but not daemon ones.
import threading
import time

def forever():
    while True:
        time.sleep(0.05)

def slow_worker(ev):
    ev.wait()
    time.sleep(0.2)
    print("non-daemon worker finished")

d = threading.Thread(target=forever, daemon=True)
d.start()
print("daemon:", d.daemon, "alive:", d.is_alive())

# Daemon status is inherited from the creating thread.
inherit = []
def spawn():
    t = threading.Thread(target=lambda: None)
    inherit.append(t.daemon)
s = threading.Thread(target=spawn, daemon=True)
s.start()
s.join()
print("child of daemon is daemon:", inherit)

ev = threading.Event()
w = threading.Thread(target=slow_worker, args=(ev,))
w.start()
ev.set()
print("main done")
