"""Helper for the race tests: start N threads together and join them."""
import threading

SIZES = (2, 4, 8)


def run(n, target, *args):
    """Run target(index, *args) on n threads released at the same moment;
    return the list of their return values in index order."""
    go = threading.Event()
    results = [None] * n

    def body(i):
        go.wait()
        results[i] = target(i, *args)

    threads = [threading.Thread(target=body, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    go.set()
    for t in threads:
        t.join()
    return results
