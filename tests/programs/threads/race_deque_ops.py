# Several threads hit one deque with appendleft/pop, bulk extends, rotate,
# bounded appends and iteration; every item is accounted for and no reader
# sees a torn state (iteration either completes or raises RuntimeError).
from collections import deque
from _race import SIZES, run

K = 1000


def left_right(i, dq):
    # Each thread pushes on the left and pops on the right; pops may take
    # anyone's items, but the multiset of all pops + leftovers is exact.
    got = []
    for j in range(K):
        dq.appendleft(i * K + j)
        if j % 2:
            try:
                got.append(dq.pop())
            except IndexError:
                pass
    return got


def bulk(i, dq):
    # A list extend is atomic: the block stays contiguous.
    for j in range(200):
        dq.extend([(i, j, k) for k in range(5)])
    return 0


def rotator(i, dq):
    for j in range(300):
        dq.rotate(j % 7 - 3)
    return 0


def bounded(i, dq):
    for j in range(K):
        dq.append(j)
        assert len(dq) <= 50
    return 0


def reader(i, dq):
    errors = 0
    for _ in range(50):
        try:
            for _ in dq:
                pass
        except RuntimeError as e:
            assert str(e) == "deque mutated during iteration"
            errors += 1
    return errors


for n in SIZES:
    dq = deque()
    res = run(n, left_right, dq)
    seen = sorted([x for r in res for x in r] + list(dq))
    assert seen == list(range(n * K)), len(seen)

    dq = deque()
    run(n, bulk, dq)
    items = list(dq)
    assert len(items) == n * 200 * 5
    for p in range(0, len(items), 5):
        block = items[p:p + 5]
        assert [b[2] for b in block] == [0, 1, 2, 3, 4], block
        assert len({(b[0], b[1]) for b in block}) == 1, block

    dq = deque(range(100))
    run(n, rotator, dq)
    assert sorted(dq) == list(range(100))

    dq = deque(maxlen=50)
    run(n, bounded, dq)
    assert len(dq) == 50

    dq = deque(range(20))

    def mixed(i, dq):
        if i == 0:
            for j in range(2000):
                dq.append(j)
                dq.popleft()
            return 0
        return reader(i, dq)

    run(n, mixed, dq)
    assert len(dq) == 20
    print("n=%d ok" % n)
print("done")
