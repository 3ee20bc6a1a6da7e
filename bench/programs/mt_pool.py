"""ThreadPoolExecutor.map over a list: `threads` workers map a CPU-bound function over
threads x size inputs (the same `size` inputs repeated once per thread). Results come
back in input order, so the checksum is deterministic; the per-copy checksum is
printed."""
import sys
from concurrent.futures import ThreadPoolExecutor


def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def task(n):
    total = 0
    for k in range(n, n + 20):
        total += collatz_steps(k)
    return total


def main(size, threads):
    inputs = [1 + i % 5000 for i in range(size)] * threads
    with ThreadPoolExecutor(max_workers=threads) as pool:
        results = list(pool.map(task, inputs, chunksize=64))
    per_copy = [sum(results[c * size:(c + 1) * size]) for c in range(threads)]
    assert all(p == per_copy[0] for p in per_copy), per_copy
    print(f"pool size {size} per-copy sum {per_copy[0]} max {max(results)}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 6000,
         int(sys.argv[2]) if len(sys.argv) > 2 else 1)
