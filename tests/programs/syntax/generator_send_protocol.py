# A coroutine-style generator computing a running average.
def averager():
    total = 0.0
    n = 0
    avg = None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n
a = averager()
next(a)
for v in [10, 20, 30, 5]:
    print(a.send(v))
