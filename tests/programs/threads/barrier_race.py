# Threads meet at a Barrier many times; each cycle hands out every index once
# and the action runs once per cycle, before anyone leaves.
import threading

ROUNDS = 50

for n in (2, 4, 8):
    cycles = [0]
    log = []
    lock = threading.Lock()
    def action():
        cycles[0] += 1
    b = threading.Barrier(n, action=action)
    def body(i):
        for r in range(ROUNDS):
            idx = b.wait()
            with lock:
                log.append((r, idx, cycles[0]))
    ts = [threading.Thread(target=body, args=(i,)) for i in range(n)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert cycles[0] == ROUNDS
    for r in range(ROUNDS):
        entries = [e for e in log if e[0] == r]
        assert sorted(e[1] for e in entries) == list(range(n))
        # Everyone leaving round r has seen the action of round r.
        assert all(e[2] >= r + 1 for e in entries)
    print("n=%d cycles=%d waits=%d broken=%s" % (n, cycles[0], len(log), b.broken))

# A failing action breaks the barrier for every party.
b = threading.Barrier(4, action=lambda: 1 / 0)
outcome = []
def party():
    try:
        b.wait()
        outcome.append("passed")
    except ZeroDivisionError:
        outcome.append("action error")
    except threading.BrokenBarrierError:
        outcome.append("broken")
ts = [threading.Thread(target=party) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(outcome), b.broken)
b.reset()
print("after reset:", b.broken, b.n_waiting)

# abort() while parties wait releases them with BrokenBarrierError.
b = threading.Barrier(5)
outcome = []
def waiter():
    try:
        b.wait()
        outcome.append("passed")
    except threading.BrokenBarrierError:
        outcome.append("broken")
ts = [threading.Thread(target=waiter) for _ in range(3)]
for t in ts:
    t.start()
while b.n_waiting < 3:
    pass
b.abort()
for t in ts:
    t.join()
print(outcome, b.broken)
print("ok")
