# queue: Queue, LifoQueue, PriorityQueue, SimpleQueue, Empty, Full, tasks.
import queue
import threading
import time

q = queue.Queue(2)
print(q.maxsize, q.qsize(), q.empty(), q.full())
q.put(1)
q.put_nowait(2)
print(q.qsize(), q.empty(), q.full())
for fn in (lambda: q.put(3, block=False), lambda: q.put_nowait(3), lambda: q.put(3, timeout=0.02)):
    try:
        fn()
    except queue.Full:
        print("Full")
print(q.get(), q.get_nowait())
for fn in (lambda: q.get(False), q.get_nowait, lambda: q.get(timeout=0.02)):
    try:
        fn()
    except queue.Empty:
        print("Empty")
for fn in (lambda: q.get(timeout=-1), lambda: q.put(1, timeout=-1)):
    try:
        fn()
    except ValueError as e:
        print("ValueError:", e)
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))

# task_done / join.
q = queue.Queue()
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
for i in range(3):
    q.put(i)
print("unfinished:", q.unfinished_tasks)
def worker():
    while True:
        item = q.get()
        time.sleep(0.01)
        q.task_done()
        if item == 2:
            return
t = threading.Thread(target=worker)
t.start()
q.join()
print("joined, unfinished:", q.unfinished_tasks)
t.join()

# Unbounded queue never reports full.
u = queue.Queue()
for i in range(1000):
    u.put(i)
print(u.full(), u.qsize(), u.maxsize)
u2 = queue.Queue(-5)
for i in range(10):
    u2.put_nowait(i)
print(u2.full(), u2.qsize())

# Blocking put wakes when a slot frees.
b = queue.Queue(1)
b.put("a")
timeline = []
def putter():
    b.put("b")
    timeline.append("put done")
t = threading.Thread(target=putter)
t.start()
time.sleep(0.05)
timeline.append("getting")
print(b.get(), b.get(timeout=5), timeline if t.join() is None else None)

lq = queue.LifoQueue()
for i in range(5):
    lq.put(i)
print([lq.get() for _ in range(5)])
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "A")]:
    pq.put(item)
print([pq.get() for _ in range(4)])
pq = queue.PriorityQueue(maxsize=2)
pq.put(5); pq.put(4)
try:
    pq.put_nowait(3)
except queue.Full:
    print("priority Full", pq.full())

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
sq.put(1); sq.put_nowait(2); sq.put(3, block=False, timeout=1)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.get(timeout=1))
for fn in (sq.get_nowait, lambda: sq.get(False), lambda: sq.get(timeout=0.02)):
    try:
        fn()
    except queue.Empty:
        print("Empty")
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

# Subclass overriding the storage hooks.
class Reversed(queue.Queue):
    def _init(self, maxsize):
        self.queue = []
    def _put(self, item):
        self.queue.insert(0, item)
    def _get(self):
        return self.queue.pop()
    def _qsize(self):
        return len(self.queue)
rq = Reversed()
for i in range(3):
    rq.put(i)
print([rq.get() for _ in range(3)])
