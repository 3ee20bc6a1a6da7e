# Globals that other threads read are shared (deferred) objects in gilfree;
# rebinding them must still be seen by every thread, and their contents by
# every reader.
import threading

CONFIG = {"level": 1}
TABLE = [1, 2, 3]


def reader(out, i):
    seen = []
    for _ in range(200):
        seen.append((CONFIG["level"], sum(TABLE)))
    out[i] = seen[-1]


out = [None] * 4
ts = [threading.Thread(target=reader, args=(out, i)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out)

CONFIG = {"level": 2}
TABLE = TABLE + [4]
ts = [threading.Thread(target=reader, args=(out, i)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out)
CONFIG["level"] = 3
TABLE.append(5)
ts = [threading.Thread(target=reader, args=(out, i)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out)
