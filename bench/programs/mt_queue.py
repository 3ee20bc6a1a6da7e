"""Producer/consumer over queue.Queue: `threads` producers each put the same `size`
work items, `threads` consumers take them, do a little CPU work per item and sum the
results. The total is threads x (one producer's sum) whatever the interleaving; the
program checks that and prints the per-producer sum."""
import queue
import sys
import threading

BATCH = 25


def work(item):
    a, b = item
    x = a
    for _ in range(BATCH):
        x = (x * 1103515245 + b) & 0xFFFFFF
    return x


def producer(q, size):
    for i in range(size):
        q.put((i, i % 97 + 1))


def consumer(q, sums, index):
    total = 0
    while True:
        item = q.get()
        if item is None:
            break
        total += work(item)
    sums[index] = total


def main(size, threads):
    q = queue.Queue(maxsize=256)
    sums = [0] * threads
    consumers = [threading.Thread(target=consumer, args=(q, sums, i)) for i in range(threads)]
    producers = [threading.Thread(target=producer, args=(q, size)) for _ in range(threads)]
    for t in consumers + producers:
        t.start()
    for t in producers:
        t.join()
    for _ in consumers:
        q.put(None)
    for t in consumers:
        t.join()
    expected = sum(work((i, i % 97 + 1)) for i in range(size))
    total = sum(sums)
    assert total == expected * threads, (total, expected, threads)
    print(f"queue size {size} per-producer sum {total // threads}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 60000,
         int(sys.argv[2]) if len(sys.argv) > 2 else 1)
