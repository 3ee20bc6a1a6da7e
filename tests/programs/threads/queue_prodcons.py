# Producers and consumers through queue.Queue (bounded and unbounded),
# with task_done/join, plus LifoQueue, PriorityQueue and SimpleQueue.
import threading
import queue

K = 500
STOP = object()

def trial(make, producers, consumers):
    q = make()
    got = [[] for _ in range(consumers)]
    def produce(p):
        for j in range(K):
            q.put(p * K + j)
    def consume(c):
        while True:
            x = q.get()
            if x is STOP:
                if hasattr(q, "task_done"):
                    q.task_done()
                return
            got[c].append(x)
            if hasattr(q, "task_done"):
                q.task_done()
    ps = [threading.Thread(target=produce, args=(p,)) for p in range(producers)]
    cs = [threading.Thread(target=consume, args=(c,)) for c in range(consumers)]
    for t in cs + ps:
        t.start()
    for t in ps:
        t.join()
    if hasattr(q, "join"):
        q.join()   # every item processed
        assert sum(len(g) for g in got) == producers * K
    for _ in cs:
        q.put(STOP)
    for t in cs:
        t.join()
    flat = [x for g in got for x in g]
    assert sorted(flat) == list(range(producers * K))
    assert q.empty() and q.qsize() == 0
    return len(flat)

makers = [("Queue()", queue.Queue),
          ("Queue(3)", lambda: queue.Queue(3)),
          ("SimpleQueue()", queue.SimpleQueue)]
for rep in range(2):
    for name, make in makers:
        for p, c in [(1, 1), (2, 2), (4, 4), (1, 7), (7, 1)]:
            total = trial(make, p, c)
            if rep == 0:
                print("%s producers=%d consumers=%d: %d" % (name, p, c, total))

# FIFO order per producer survives with one consumer.
q = queue.Queue(5)
def prod():
    for j in range(K):
        q.put(j)
t = threading.Thread(target=prod)
t.start()
seq = [q.get() for _ in range(K)]
t.join()
print("fifo order kept:", seq == list(range(K)))

# PriorityQueue and LifoQueue filled concurrently drain in key order.
pq = queue.PriorityQueue()
lq = queue.LifoQueue()
def fill(i):
    for j in range(200):
        pq.put((j * 8 + i, "x"))
        lq.put(i)
ts = [threading.Thread(target=fill, args=(i,)) for i in range(8)]
for t in ts:
    t.start()
for t in ts:
    t.join()
keys = [pq.get()[0] for _ in range(pq.qsize())]
print("priority sorted:", keys == list(range(1600)), "lifo size:", lq.qsize())
print("ok")
