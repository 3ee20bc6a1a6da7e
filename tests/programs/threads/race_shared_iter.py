# One iterator shared by many threads: each item must be handed out once.
from _race import SIZES, run

N_ITEMS = 20000

def drain(i, it):
    got = []
    while True:
        try:
            got.append(next(it))
        except StopIteration:
            return got
        except ValueError:
            # A generator running in another thread ("generator already
            # executing"): try again.
            continue

def gen(n):
    for x in range(n):
        yield x

class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
        import threading
        self.lock = threading.Lock()
    def __iter__(self):
        return self
    def __next__(self):
        with self.lock:
            if self.i >= self.n:
                raise StopIteration
            self.i += 1
            return self.i - 1

def check(name, n, results):
    flat = [x for got in results for x in got]
    assert len(flat) == N_ITEMS, (name, len(flat))
    assert sum(flat) == N_ITEMS * (N_ITEMS - 1) // 2, name
    assert len(set(flat)) == N_ITEMS, name
    for got in results:
        assert got == sorted(got), name
    return len(flat)

sources = [
    ("list", lambda: iter(list(range(N_ITEMS)))),
    ("range", lambda: iter(range(N_ITEMS))),
    ("tuple", lambda: iter(tuple(range(N_ITEMS)))),
    ("dict", lambda: iter(dict.fromkeys(range(N_ITEMS)))),
    ("generator", lambda: gen(N_ITEMS)),
    ("genexpr", lambda: (x for x in range(N_ITEMS))),
    ("map", lambda: map(int, range(N_ITEMS))),
    ("class", lambda: Counter(N_ITEMS)),
]

for rep in range(3):
    for n in SIZES:
        for name, make in sources:
            total = check(name, n, run(n, drain, make()))
            if rep == 0 and n == 8:
                print("%s: %d items once each" % (name, total))
print("ok")
