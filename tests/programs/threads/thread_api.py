# Thread objects: names, idents, liveness, daemon flag, subclassing, errors.
import threading

def digits(s):
    # Replace every run of digits (counters, idents) by N.
    out = []
    for ch in s:
        if ch.isdigit():
            if not out or out[-1] != "N":
                out.append("N")
        else:
            out.append(ch)
    return "".join(out)

def task(a, b=0):
    out.append(a + b)

out = []
t = threading.Thread(target=task, args=(1,), kwargs={"b": 2})
print(digits(t.name), t.ident, t.native_id, t.is_alive())
print(digits(repr(t)))
t.start()
t.join()
print(out, t.is_alive(), type(t.ident) is int, type(t.native_id) is int)
print(digits(repr(t)))

# Naming: explicit name, lambda, callable object without __name__.
class Callable:
    def __call__(self):
        pass
names = [threading.Thread(name="worker").name,
         threading.Thread(name=7).name,
         digits(threading.Thread(target=lambda: None).name),
         digits(threading.Thread(target=Callable()).name),
         digits(threading.Thread().name)]
print(names)
a = threading.Thread()
b = threading.Thread()
print("consecutive numbers:", int(b.name.split("-")[1]) - int(a.name.split("-")[1]))
t = threading.Thread(name="x")
t.name = "renamed"
print(t.name, t.getName())

# Errors.
t = threading.Thread(target=lambda: None)
for action in (t.join, lambda: setattr(t, "daemon", True)):
    try:
        action()
        print("no error")
    except RuntimeError as e:
        print("RuntimeError:", e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    t.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
t.join()
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)

class NoInit(threading.Thread):
    def __init__(self):
        pass
try:
    NoInit().start()
except RuntimeError as e:
    print("RuntimeError:", e)

# Subclass overriding run().
class Summer(threading.Thread):
    def __init__(self, n):
        super().__init__(name="summer-%d" % n)
        self.n = n
        self.total = None
    def run(self):
        self.total = sum(range(self.n))
s = Summer(100)
s.start()
s.join()
print(s.name, s.total)

# current_thread / main_thread / enumerate / active_count / get_ident.
main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, main.is_alive())
print(digits(repr(main)))
print(main.ident == threading.get_ident(), threading.get_native_id() == main.native_id)
seen = {}
gate = threading.Event()
def record():
    me = threading.current_thread()
    seen["same"] = me is worker
    seen["ident"] = threading.get_ident() == worker.ident
    seen["in enumerate"] = me in threading.enumerate()
    seen["count"] = threading.active_count()
    seen["not main"] = threading.main_thread() is not me
    gate.wait()
worker = threading.Thread(target=record, name="rec")
before = threading.active_count()
worker.start()
while "count" not in seen:
    pass
print(sorted(seen.items()), before)
gate.set()
worker.join()
print(worker not in threading.enumerate(), threading.active_count() == before)

# Daemon flag: explicit, keyword, setter, old aliases.
t = threading.Thread(daemon=True)
print(t.daemon, t.isDaemon())
t.setDaemon(False)
t.daemon = 1
print(t.daemon, threading.Thread().daemon)

# Module constants and no-op hooks.
print(threading.TIMEOUT_MAX > 1000, threading.ThreadError is RuntimeError)
threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())
print(isinstance(threading.stack_size(), int))
print(threading.currentThread() is threading.current_thread(),
      threading.activeCount() == threading.active_count())
print(issubclass(threading.Timer, threading.Thread),
      threading.Lock is not None, callable(threading.RLock))
