# Producers and consumers share a bounded buffer guarded by a Condition.
import threading

class Buffer:
    def __init__(self, cap):
        self.items = []
        self.cap = cap
        self.cond = threading.Condition()
        self.closed = False

    def put(self, x):
        with self.cond:
            self.cond.wait_for(lambda: len(self.items) < self.cap)
            self.items.append(x)
            self.cond.notify_all()

    def get(self):
        with self.cond:
            while not self.items and not self.closed:
                self.cond.wait()
            if not self.items:
                return None
            x = self.items.pop(0)
            self.cond.notify_all()
            return x

    def close(self):
        with self.cond:
            self.closed = True
            self.cond.notify_all()

K = 500

def trial(producers, consumers, cap):
    buf = Buffer(cap)
    got = [[] for _ in range(consumers)]
    def produce(p):
        for j in range(K):
            buf.put(p * K + j)
    def consume(c):
        while True:
            x = buf.get()
            if x is None:
                return
            got[c].append(x)
    ps = [threading.Thread(target=produce, args=(p,)) for p in range(producers)]
    cs = [threading.Thread(target=consume, args=(c,)) for c in range(consumers)]
    for t in cs + ps:
        t.start()
    for t in ps:
        t.join()
    buf.close()
    for t in cs:
        t.join()
    flat = [x for g in got for x in g]
    assert sorted(flat) == list(range(producers * K))
    for g in got:
        for p in range(producers):
            mine = [x for x in g if x // K == p]
            assert mine == sorted(mine)
    return len(flat)

for rep in range(2):
    for producers, consumers, cap in [(1, 1, 1), (2, 2, 4), (4, 4, 8), (1, 7, 3), (7, 1, 2)]:
        total = trial(producers, consumers, cap)
        if rep == 0:
            print("producers=%d consumers=%d cap=%d: %d items" % (producers, consumers, cap, total))

# notify(n) wakes at most n waiters, notify_all wakes everyone.
cond = threading.Condition()
state = {"go": 0, "woken": 0}
def waiter():
    with cond:
        while state["go"] == 0:
            cond.wait()
        state["go"] -= 1
        state["woken"] += 1
ts = [threading.Thread(target=waiter) for _ in range(6)]
for t in ts:
    t.start()
with cond:
    state["go"] = 2
    cond.notify(2)
while True:
    with cond:
        if state["woken"] == 2:
            break
with cond:
    state["go"] = 4
    cond.notify_all()
for t in ts:
    t.join()
print("woken:", state["woken"], "left:", state["go"])
print("ok")
