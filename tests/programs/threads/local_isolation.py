# threading.local: each thread sees only its own attributes.
import threading
from _race import SIZES, run

data = threading.local()
data.value = "main"

def worker(i):
    bad = 0
    if hasattr(data, "value"):
        bad += 1              # main's attribute must not leak in
    data.value = i
    for j in range(2000):
        data.value = data.value + 1
        if data.value != i + j + 1:
            bad += 1
    data.items = [i]
    return (bad, data.value - 2000, data.items)

for rep in range(3):
    for n in SIZES:
        res = run(n, worker)
        assert [r[0] for r in res] == [0] * n, res
        assert [r[1] for r in res] == list(range(n))
        assert [r[2] for r in res] == [[i] for i in range(n)]
        if rep == 0:
            print("n=%d isolated" % n)
print("main still sees:", data.value, hasattr(data, "items"))

# A subclass with __init__ runs it once per thread, with the same arguments.
created_lock = threading.Lock()

class Ctx(threading.local):
    created = 0
    def __init__(self, start):
        with created_lock:  # `+=` on a shared attribute is not atomic, not even under a GIL
            Ctx.created += 1
        self.stack = [start]
    def push(self, x):
        self.stack.append(x)
        return len(self.stack)

ctx = Ctx("base")
def use(i):
    ctx.push(i)
    ctx.push(i)
    return ctx.stack
res = run(4, use)
print(res)
print("main stack:", ctx.stack, "inits:", Ctx.created)

# Values left by finished threads are freed: a new thread starts empty even
# if it gets the same identifier.
store = threading.local()
def set_and_report(i):
    before = getattr(store, "x", None)
    store.x = i
    return before
seen = [run(1, set_and_report)[0] for _ in range(20)]
print("fresh every time:", seen == [None] * 20)

# __dict__ is per thread too.
def dict_of(i):
    store.k = i
    return sorted(store.__dict__.items())
print(run(2, dict_of))
try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)
print("ok")
