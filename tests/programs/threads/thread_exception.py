# An exception in a thread goes to threading.excepthook and does not end
# the process; the default hook writes the report to stderr.
import threading
import sys

def boom(x):
    raise ValueError("bad value %d" % x)

# Default hook: report on stderr (not compared), then carry on.
t = threading.Thread(target=boom, args=(1,), name="boomer")
t.start()
t.join()
print("alive after default hook:", t.is_alive())

# Custom hook sees the type, value, traceback and thread.
seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value),
                 args.exc_traceback is not None, args.thread.name))
old = threading.excepthook
threading.excepthook = hook
ts = [threading.Thread(target=boom, args=(i,), name="t%d" % i) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen))

# SystemExit in a thread is silent and ends only that thread.
seen.clear()
def leave():
    sys.exit(3)
t = threading.Thread(target=leave)
t.start()
t.join()
print("SystemExit reached hook:", seen)

# A hook that itself raises does not kill the process either.
def bad_hook(args):
    raise RuntimeError("hook failed")
threading.excepthook = bad_hook
t = threading.Thread(target=boom, args=(9,))
t.start()
t.join()
threading.excepthook = old
print("default restored:", threading.excepthook is threading.__excepthook__)

# Subclass run() raising.
class Failing(threading.Thread):
    def run(self):
        raise KeyError("k")
caught = []
threading.excepthook = lambda a: caught.append(repr(a.exc_value))
f = Failing()
f.start()
f.join()
threading.excepthook = old
print(caught)
print("ok")
