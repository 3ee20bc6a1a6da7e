"""Compare gilfree's heapq.py and bisect.py against CPython's."""
import bisect as rbisect
import heapq as rheapq
import random

from _load import load, Checker

h = load('heapq')
b = load('bisect')
c = Checker('heapq+bisect')
rng = random.Random(1234)


class Tracked:
    """Counts comparisons so we also check the algorithms compare alike."""
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Tracked.calls += 1
        return self.v < other.v

    def __eq__(self, other):
        return self.v == other.v

    def __repr__(self):
        return 'T(%r)' % self.v


for trial in range(300):
    n = rng.randrange(0, 60)
    data = [rng.randrange(50) for _ in range(n)]
    x = list(data); y = list(data)
    h.heapify(x); rheapq.heapify(y)
    c.eq(x, y, 'heapify %r' % data)
    for _ in range(40):
        op = rng.randrange(4)
        v = rng.randrange(60)
        if op == 0:
            h.heappush(x, v); rheapq.heappush(y, v)
        elif op == 1 and y:
            c.eq(h.heappop(x), rheapq.heappop(y), 'heappop')
        elif op == 2 and y:
            c.eq(h.heapreplace(x, v), rheapq.heapreplace(y, v), 'heapreplace')
        else:
            c.eq(h.heappushpop(x, v), rheapq.heappushpop(y, v), 'heappushpop')
        c.eq(x, y, 'layout after op %d' % op)
    # max-heap helpers
    x = list(data); y = list(data)
    h._heapify_max(x); rheapq._heapify_max(y)
    c.eq(x, y, '_heapify_max')
    while y:
        c.eq(h._heappop_max(x), rheapq._heappop_max(y), '_heappop_max')
        c.eq(x, y, 'max layout')

# Comparison counts
data = [rng.random() for _ in range(200)]
x = [Tracked(v) for v in data]; y = [Tracked(v) for v in data]
Tracked.calls = 0; h.heapify(x); mine_calls = Tracked.calls
Tracked.calls = 0; rheapq.heapify(y); real_calls = Tracked.calls
c.eq(mine_calls, real_calls, 'heapify comparison count')
Tracked.calls = 0; [h.heappop(x) for _ in range(100)]; mine_calls = Tracked.calls
Tracked.calls = 0; [rheapq.heappop(y) for _ in range(100)]; real_calls = Tracked.calls
c.eq(mine_calls, real_calls, 'heappop comparison count')

# nlargest / nsmallest
for trial in range(200):
    n = rng.randrange(0, 40)
    data = [(rng.randrange(10), rng.randrange(100)) for _ in range(n)]
    for k in (-1, 0, 1, 2, 5, 50):
        c.eq(h.nlargest(k, data), rheapq.nlargest(k, data), 'nlargest')
        c.eq(h.nsmallest(k, data), rheapq.nsmallest(k, data), 'nsmallest')
        c.eq(h.nlargest(k, iter(data), key=lambda t: t[0]), rheapq.nlargest(k, iter(data), key=lambda t: t[0]), 'nlargest key')
        c.eq(h.nsmallest(k, iter(data), key=lambda t: t[0]), rheapq.nsmallest(k, iter(data), key=lambda t: t[0]), 'nsmallest key')

# merge
for trial in range(200):
    its = [sorted(rng.randrange(20) for _ in range(rng.randrange(8))) for _ in range(rng.randrange(5))]
    tagged = [[(v, i) for v in it] for i, it in enumerate(its)]
    c.eq(list(h.merge(*its)), list(rheapq.merge(*its)), 'merge')
    c.eq(list(h.merge(*tagged, key=lambda t: t[0])), list(rheapq.merge(*tagged, key=lambda t: t[0])), 'merge key stable')
    rev = [sorted(it, reverse=True) for it in tagged]
    c.eq(list(h.merge(*rev, key=lambda t: t[0], reverse=True)),
         list(rheapq.merge(*rev, key=lambda t: t[0], reverse=True)), 'merge reverse')
    c.eq(list(h.merge(*[iter(i) for i in its], reverse=False)), list(rheapq.merge(*its)), 'merge iters')

c.same_exc(lambda: h.heappop([]), lambda: rheapq.heappop([]), 'heappop empty')
c.same_exc(lambda: h.heapreplace([], 1), lambda: rheapq.heapreplace([], 1), 'heapreplace empty')

# bisect
for trial in range(300):
    a = sorted(rng.randrange(20) for _ in range(rng.randrange(30)))
    x = rng.randrange(-2, 22)
    lo = rng.randrange(0, len(a) + 1)
    hi = rng.randrange(lo, len(a) + 1)
    for name in ('bisect_left', 'bisect_right', 'bisect'):
        c.eq(getattr(b, name)(a, x), getattr(rbisect, name)(a, x), name)
        c.eq(getattr(b, name)(a, x, lo, hi), getattr(rbisect, name)(a, x, lo, hi), name + ' lo hi')
        c.eq(getattr(b, name)(a, x, lo=lo), getattr(rbisect, name)(a, x, lo=lo), name + ' lo')
    pairs = [(v, str(v)) for v in a]
    for name in ('insort_left', 'insort_right', 'insort'):
        p1 = list(pairs); p2 = list(pairs)
        getattr(b, name)(p1, (x, 'new'), key=lambda t: t[0])
        getattr(rbisect, name)(p2, (x, 'new'), key=lambda t: t[0])
        c.eq(p1, p2, name + ' key')
    c.eq(b.bisect_left(pairs, x, key=lambda t: t[0]), rbisect.bisect_left(pairs, x, key=lambda t: t[0]), 'bl key')
c.same_exc(lambda: b.bisect_left([1], 1, -1), lambda: rbisect.bisect_left([1], 1, -1), 'lo negative')
c.same_exc(lambda: b.insort([1], 1, -1), lambda: rbisect.insort([1], 1, -1), 'insort lo negative')
c.done()
