# A global read in a loop while only the main thread exists, then rebound over
# and over by other threads while the main thread keeps reading it: every read
# must see a whole, live value (the global-name cache may lend values only
# while a single thread runs).
import threading

DATA = [0, 0, 0]


def read_total(n):
    bad = 0
    for _ in range(n):
        d = DATA
        if len(d) != 3 or d[0] != d[1] or d[1] != d[2]:
            bad += 1
    return bad


print("single-threaded bad reads:", read_total(20000))


def rebinder(k):
    global DATA
    for i in range(20000):
        DATA = [i * k, i * k, i * k]


threads = [threading.Thread(target=rebinder, args=(k,)) for k in (1, 2)]
for t in threads:
    t.start()
bad = read_total(60000)
for t in threads:
    t.join()
print("bad reads while rebinding:", bad)
print("final value is whole:", DATA[0] == DATA[1] == DATA[2])
