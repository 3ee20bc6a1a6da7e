# Many threads wait on an Event; one set() releases them all.
import threading

for n in (2, 4, 8):
    for rep in range(5):
        ev = threading.Event()
        ready = threading.Semaphore(0)
        results = []
        lock = threading.Lock()
        def waiter(i):
            ready.release()
            got = ev.wait(10)
            with lock:
                results.append(got)
        ts = [threading.Thread(target=waiter, args=(i,)) for i in range(n)]
        for t in ts:
            t.start()
        for _ in range(n):
            ready.acquire()
        ev.set()
        for t in ts:
            t.join()
        assert results == [True] * n
    print("n=%d all released: %s" % (n, results == [True] * n))

# Ping-pong between two threads with a pair of Events.
ping, pong = threading.Event(), threading.Event()
count = [0]
def player(mine, other, turns):
    for _ in range(turns):
        mine.wait()
        mine.clear()
        count[0] += 1
        other.set()
a = threading.Thread(target=player, args=(ping, pong, 200))
b = threading.Thread(target=player, args=(pong, ping, 200))
a.start()
b.start()
ping.set()
a.join()
b.join()
print("ping-pong turns:", count[0])

# wait with timeout on an unset event returns False.
ev = threading.Event()
print("timed out:", ev.wait(0.05) is False, "is_set:", ev.is_set())
print("ok")
