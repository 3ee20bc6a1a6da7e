# concurrent.futures: Future, ThreadPoolExecutor, wait, as_completed.
import concurrent.futures as cf
from concurrent.futures import (Future, ThreadPoolExecutor, wait, as_completed,
                                FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED)
import threading
import time

def state(f):
    return (f.running(), f.done(), f.cancelled())

# A bare Future driven by hand.
f = Future()
print(state(f), repr(f).endswith("state=pending>"))
calls = []
f.add_done_callback(lambda fut: calls.append(("cb1", fut.result())))
print(f.set_running_or_notify_cancel(), state(f), f.cancel())
try:
    f.result(timeout=0.01)
except cf.TimeoutError:
    print("TimeoutError from result")
try:
    f.exception(timeout=0)
except TimeoutError:
    print("builtin TimeoutError too:", cf.TimeoutError is TimeoutError)
f.set_result(42)
print(state(f), f.result(), f.exception(), calls, repr(f).endswith("state=finished returned int>"))
f.add_done_callback(lambda fut: calls.append("late"))
print(calls[-1])
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print("InvalidStateError:", str(e).split(":")[0])
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError:", e)

e = Future()
e.set_exception(ValueError("nope"))
print(type(e.exception()).__name__, repr(e).endswith("raised ValueError>"))
try:
    e.result()
except ValueError as err:
    print("result re-raises:", err)

c = Future()
print(c.cancel(), c.cancel(), state(c))
for fn in (c.result, c.exception):
    try:
        fn()
    except cf.CancelledError:
        print("CancelledError")
print(c.set_running_or_notify_cancel(), c.cancelled())
print(issubclass(cf.CancelledError, Exception), issubclass(cf.BrokenExecutor, RuntimeError))

# A callback that raises is reported, not propagated.
g = Future()
g.add_done_callback(lambda fut: 1 / 0)
g.add_done_callback(lambda fut: calls.append("after bad"))
g.set_result(None)
print(calls[-1])

# Executor basics.
def slow(x, delay=0.0):
    time.sleep(delay)
    return x * 10

with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as ex:
    fut = ex.submit(slow, 1, delay=0.01)
    print(fut.result(timeout=5), fut.done())
    names = set(ex.map(lambda _: threading.current_thread().name.rsplit("_", 1)[0], range(20)))
    print(names)
    print(list(ex.map(slow, [1, 2, 3])))
    print(list(ex.map(lambda a, b: a + b, "abc", "xyz")))
    err = ex.submit(slow, None)
    print(type(err.exception()).__name__)
print(ex._max_workers)

try:
    ex.submit(slow, 1)
except RuntimeError as err:
    print("RuntimeError:", err)
for bad in (0, -1):
    try:
        ThreadPoolExecutor(max_workers=bad)
    except ValueError as err:
        print("ValueError:", err)
try:
    ThreadPoolExecutor(initializer=5)
except TypeError as err:
    print("TypeError:", err)
print(1 <= ThreadPoolExecutor()._max_workers <= 32)

# map timeout.
with ThreadPoolExecutor(2) as ex:
    it = ex.map(slow, [1, 2], [0.0, 0.5], timeout=0.1)
    got = []
    try:
        for v in it:
            got.append(v)
    except cf.TimeoutError:
        print("map timed out after", got)

# wait with each return_when.
with ThreadPoolExecutor(4) as ex:
    gate = threading.Event()
    quick = ex.submit(slow, 1)
    blocked = ex.submit(gate.wait)
    done, not_done = wait([quick, blocked], return_when=FIRST_COMPLETED)
    print("FIRST_COMPLETED:", quick in done, blocked in not_done)
    r = wait([quick, blocked], timeout=0.05)
    print("timeout:", len(r.done), len(r.not_done), type(r).__name__)
    failing = ex.submit(lambda: 1 / 0)
    done, not_done = wait([failing, blocked], return_when=FIRST_EXCEPTION)
    print("FIRST_EXCEPTION:", failing in done, blocked in not_done)
    gate.set()
    done, not_done = wait([quick, blocked, failing], return_when=ALL_COMPLETED)
    print("ALL_COMPLETED:", len(done), len(not_done))
    print("empty:", wait([]))

# as_completed yields each future once, finished ones first; timeout.
with ThreadPoolExecutor(4) as ex:
    fs = [ex.submit(slow, i, 0.01 * (5 - i)) for i in range(5)]
    fs.append(fs[0])
    print(sorted(f.result() for f in as_completed(fs)))
    gate = threading.Event()
    pending = ex.submit(gate.wait)
    finished = Future()
    finished.set_result(7)
    seen = []
    try:
        for f in as_completed([finished, pending], timeout=0.05):
            seen.append(f.result())
    except cf.TimeoutError as err:
        print("as_completed timeout:", seen, err)
    gate.set()

# shutdown(cancel_futures=True) cancels what has not started.
ex = ThreadPoolExecutor(1)
gate = threading.Event()
first = ex.submit(gate.wait)
while not first.running():  # make sure the worker took it before cancelling the rest
    time.sleep(0.001)
rest = [ex.submit(slow, i) for i in range(5)]
ex.shutdown(wait=False, cancel_futures=True)
gate.set()
ex.shutdown(wait=True)
print("cancelled:", [f.cancelled() for f in rest], first.result())

# An initializer that fails breaks the pool.
ex = ThreadPoolExecutor(1, initializer=lambda: 1 / 0)
f1 = ex.submit(slow, 1)
try:
    f1.result(timeout=5)
except cf.BrokenExecutor as err:
    print(type(err).__name__, err)
time.sleep(0.05)
try:
    ex.submit(slow, 2)
except cf.BrokenExecutor as err:
    print("submit:", type(err).__name__)
ex.shutdown()

# Initializer and initargs run once per worker.
seen = []
with ThreadPoolExecutor(1, initializer=seen.append, initargs=("init",)) as ex:
    ex.submit(slow, 1).result()
    ex.submit(slow, 2).result()
print(seen)

# An executor that is never shut down does not block exit.
leaked = ThreadPoolExecutor(2)
print(leaked.submit(slow, 5).result())
print("done")
