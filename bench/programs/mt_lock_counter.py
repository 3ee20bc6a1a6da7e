"""A counter and a histogram shared by all threads, updated under one threading.Lock
after a little private work per step. Checks that no update was lost (threads x size
increments) and prints the per-thread view, which is the same for any thread count."""
import sys
import threading


class Shared:
    def __init__(self):
        self.lock = threading.Lock()
        self.count = 0
        self.histogram = [0] * 16


def worker(shared, size):
    x = 1
    for i in range(size):
        for _ in range(8):
            x = (x * 69069 + 1) & 0xFFFFFFFF
        with shared.lock:
            shared.count += 1
            shared.histogram[x >> 28] += 1


def main(size, threads):
    shared = Shared()
    pool = [threading.Thread(target=worker, args=(shared, size)) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    lost = threads * size - shared.count
    assert all(h % threads == 0 for h in shared.histogram), shared.histogram
    per_thread = [h // threads for h in shared.histogram]
    print(f"counter size {size} per-thread {shared.count // threads} lost {lost}")
    print("histogram " + " ".join(str(h) for h in per_thread))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500000,
         int(sys.argv[2]) if len(sys.argv) > 2 else 1)
