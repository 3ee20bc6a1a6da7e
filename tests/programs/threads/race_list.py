# Many threads append, pop, insert, read and write one shared list.
from _race import SIZES, run

K = 2000

def appender(i, lst):
    for j in range(K):
        lst.append(i * K + j)
    return K

def popper(i, lst):
    got = []
    while True:
        try:
            got.append(lst.pop())
        except IndexError:
            return got

def inserter(i, lst):
    for j in range(K // 4):
        lst.insert(0, (i, j))
    return 0

def slot_writer(i, lst, n):
    # Thread i owns the slots i, i+n, i+2n, ...; reads any slot.
    bad = 0
    for rnd in range(20):
        for k in range(i, len(lst), n):
            lst[k] = lst[k] + 1
        for k in range(0, len(lst), 7):
            v = lst[k]
            if not (0 <= v <= 20):
                bad += 1
    return bad

for rep in range(3):
    for n in SIZES:
        lst = []
        run(n, appender, lst)
        total = n * K
        assert len(lst) == total, len(lst)
        assert sum(lst) == total * (total - 1) // 2
        assert sorted(lst) == list(range(total))
        # Each thread's own items keep their order.
        for i in range(n):
            mine = [x for x in lst if x // K == i]
            assert mine == list(range(i * K, (i + 1) * K))
        pops = run(n, popper, lst)
        flat = [x for got in pops for x in got]
        assert lst == []
        assert len(flat) == total and len(set(flat)) == total
        assert sum(flat) == total * (total - 1) // 2
        run(n, inserter, lst)
        assert len(lst) == n * (K // 4)
        assert len(set(lst)) == len(lst)
        slots = [0] * 500
        bad = run(n, slot_writer, slots, n)
        assert sum(bad) == 0
        assert slots == [20] * 500, slots[:10]
        if rep == 0:
            print("n=%d appended=%d popped=%d inserted=%d slots=%d" % (
                n, total, len(flat), len(lst), sum(slots)))
print("ok")
