# Readers index a shared list and dict and read an instance attribute (biased
# builds serve such reads from lock-free read snapshots) while writers replace,
# delete, re-add and grow the same items: every value read must be one that was
# stored there, whole, never a freed or foreign object.
from _race import SIZES, run

N = 64
ROUNDS = 2000


class Box:
    pass


def make(k, r):
    # A fresh object per store, so that replaced values die while readers run.
    return (k, r, [k, k])


def good(v, k):
    return v[0] == k and v[2] == [k, k]


def body(i, lst, dct, box):
    bad = 0
    if i % 2 == 0:
        for r in range(ROUNDS):
            k = (r * 7 + i) % N
            lst[k] = make(k, r)
            dct[k] = make(k, r)
            box.attr = make(-1, r)
            if r % 50 == 0:
                del dct[k]
                dct[k] = make(k, r)
            if r % 200 == 0:
                for _ in range(N):
                    lst.append(make(N, r))
                del lst[N:]
                dct.update({N + j: make(N + j, r) for j in range(N)})
                for j in range(N):
                    dct.pop(N + j, None)
        return bad
    for r in range(ROUNDS * 3):
        k = r % N
        if not good(lst[k], k):
            bad += 1
        try:
            if not good(dct[k], k):
                bad += 1
        except KeyError:
            pass
        if box.attr[0] != -1:
            bad += 1
    return bad


def read_only(i, lst, dct, box):
    bad = 0
    for r in range(ROUNDS):
        k = r % N
        if not good(lst[k], k) or not good(lst[k - N], k) or not good(dct[k], k) or box.attr[0] != -1:
            bad += 1
    return bad


for n in SIZES:
    lst = [make(k, 0) for k in range(N)]
    dct = {k: make(k, 0) for k in range(N)}
    box = Box()
    box.attr = make(-1, 0)
    quiet = run(n, read_only, lst, dct, box)
    busy = run(n, body, lst, dct, box)
    after = run(n, read_only, lst, dct, box)
    assert len(lst) == N and len(dct) == N
    print("n=%d read-only bad=%d mixed bad=%d after bad=%d" % (n, sum(quiet), sum(busy), sum(after)))
