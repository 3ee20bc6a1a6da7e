"""Threads doing independent CPU work: each thread builds its own data, its own
closure and its own objects and touches nothing another thread touches. Total work is
threads x size, so perfect scaling keeps the wall time constant. Every thread computes
the same answer, which is printed once."""
import sys
import threading


def worker(size, results, index):
    class Cell:
        def __init__(self, v):
            self.v = v

    def step(x, k):
        return (x * 31 + k) % 1000003

    data = [Cell(i) for i in range(64)]
    table = {}
    acc = 0
    for i in range(size):
        c = data[i & 63]
        c.v = step(c.v, i)
        table[i & 255] = c.v
        acc = (acc + c.v + len(table)) % 1000000007
    results[index] = acc


def main(size, threads):
    results = [None] * threads
    pool = [threading.Thread(target=worker, args=(size, results, i)) for i in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    assert all(r == results[0] for r in results), results
    print(f"independent size {size} result {results[0]}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3000000,
         int(sys.argv[2]) if len(sys.argv) > 2 else 1)
