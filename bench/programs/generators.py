"""Generator pipelines: a pseudo-random source feeding map, filter, sliding-window and
chunking stages, generator expressions, `yield from` and a coroutine driven by send().
Measures generator resumption and iteration protocol overhead."""
import sys


def lcg(seed, count):
    x = seed
    for _ in range(count):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        yield x


def scaled(items, modulus):
    for x in items:
        yield x % modulus


def keep_odd(items):
    for x in items:
        if x & 1:
            yield x


def windows(items, width):
    buf = []
    for x in items:
        buf.append(x)
        if len(buf) > width:
            del buf[0]
        if len(buf) == width:
            yield sum(buf)


def chunks(items, size):
    chunk = []
    for x in items:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def both(a, b):
    yield from a
    yield from b


def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total // count


def main(n):
    pipeline = windows(keep_odd(scaled(lcg(42, n), 1000)), 4)
    window_total = 0
    window_max = 0
    for w in pipeline:
        window_total += w
        if w > window_max:
            window_max = w
    chunk_count = 0
    chunk_sum = 0
    for c in chunks(both(range(n // 4), lcg(7, n // 4)), 16):
        chunk_count += 1
        chunk_sum = (chunk_sum + max(c) - min(c)) % 1000000007
    squares = sum(x * x for x in range(n // 2) if x % 3 == 0)
    avg = running_average()
    next(avg)
    last = 0
    for x in scaled(lcg(99, n // 4), 10000):
        last = avg.send(x)
    print(f"windows total {window_total} max {window_max}")
    print(f"chunks {chunk_count} spread {chunk_sum}")
    print(f"squares {squares}")
    print(f"running average {last}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 800000)
