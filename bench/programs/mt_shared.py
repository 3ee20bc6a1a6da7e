"""Threads reading shared objects: every thread reads one shared dict and one shared
list, calls shared module-level functions, calls methods of one shared class instance
and reads module globals. Nothing is written to shared state. This is the pattern where
naive atomic reference counting turns every read into cache-line ping-pong (and where
CPython 3.13t stopped scaling). Total work is threads x size."""
import sys
import threading

MODULUS = 1000003
WEIGHTS = {f"k{i}": i * 7 % 101 for i in range(256)}
KEYS = [f"k{i}" for i in range(256)]
TABLE = [i * i % 997 for i in range(1024)]


def mix(a, b):
    return (a * 31 + b) % MODULUS


class Scorer:
    def __init__(self, bias):
        self.bias = bias

    def score(self, key, x):
        return mix(WEIGHTS[key] + self.bias, x)


SCORER = Scorer(17)


def worker(size, results, index):
    acc = 0
    for i in range(size):
        key = KEYS[i & 255]
        acc = mix(acc, SCORER.score(key, TABLE[i & 1023]))
    results[index] = acc


def main(size, threads):
    results = [None] * threads
    pool = [threading.Thread(target=worker, args=(size, results, i)) for i in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    assert all(r == results[0] for r in results), results
    print(f"shared size {size} result {results[0]}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000000,
         int(sys.argv[2]) if len(sys.argv) > 2 else 1)
