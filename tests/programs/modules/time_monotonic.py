# time.monotonic/perf_counter/time are non-decreasing floats; sleep works.
import time
a = time.monotonic()
b = time.perf_counter()
t = time.time()
time.sleep(0.01)
print(time.monotonic() >= a, time.perf_counter() - b >= 0.005, time.time() >= t)
print(type(a).__name__, type(time.monotonic_ns()).__name__, t > 1_600_000_000)
lt = time.localtime(0)
print(type(lt).__name__, len(tuple(lt)))
print(time.gmtime(0)[:6], time.strftime("%Y-%m-%d", time.gmtime(86400 * 365)))
