# Iterate a list, dict or set while another thread mutates it: the
# iteration must either finish or raise RuntimeError, never crash.
import threading

def iterate(container, rounds, errors, passes):
    for _ in range(rounds):
        try:
            for x in container:
                pass
            passes[0] += 1
        except RuntimeError:
            errors[0] += 1

def mutate_list(lst, stop):
    i = 0
    while not stop.is_set():
        lst.append(i)
        if len(lst) > 200:
            del lst[:100]
        i += 1

def mutate_dict(d, stop):
    i = 0
    while not stop.is_set():
        d[i] = i
        if len(d) > 200:
            for k in list(d)[:100]:
                del d[k]
        i += 1

def mutate_set(s, stop):
    i = 0
    while not stop.is_set():
        s.add(i)
        s.discard(i - 100)
        i += 1

cases = [("list", list(range(100)), mutate_list),
         ("dict", dict.fromkeys(range(100)), mutate_dict),
         ("set", set(range(100)), mutate_set)]

for name, container, mutator in cases:
    for n_readers in (1, 3):
        stop = threading.Event()
        w = threading.Thread(target=mutator, args=(container, stop))
        w.start()
        results = []
        readers = []
        for r in range(n_readers):
            errors, passes = [0], [0]
            results.append((errors, passes))
            readers.append(threading.Thread(target=iterate, args=(container, 200, errors, passes)))
        for t in readers:
            t.start()
        for t in readers:
            t.join()
        stop.set()
        w.join()
        finished = all(e[0] + p[0] == 200 for e, p in results)
        print("%s readers=%d: every pass finished or raised RuntimeError: %s" % (
            name, n_readers, finished))
print("ok")
