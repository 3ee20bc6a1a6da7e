"""ThreadPoolExecutor: run submitted calls on a pool of worker threads.

Work items travel through a SimpleQueue; None in the queue means "stop".
A worker that finishes an item releases the pool's idle semaphore, and
submit() consumes one idle token before deciding whether to start another
thread, so threads are only added while none is idle (up to max_workers).

The workers never reference the executor itself, only its `_Pool` (queue,
flags, idle semaphore), so an executor that is dropped without shutdown()
can still be freed; its workers then stay parked until interpreter exit,
when a hook registered with threading._register_atexit wakes them.
"""

import sys
import threading
import queue

from concurrent.futures import _base

try:
    import os as _os
    _CPUS = _os.cpu_count() or 1
except (ImportError, AttributeError):
    _CPUS = 4

_pools_lock = threading.Lock()
_live_pools = {}            # id(pool) -> pool, for the exit hook
_interpreter_exiting = False


def _stop_all_pools():
    global _interpreter_exiting
    with _pools_lock:
        _interpreter_exiting = True
        pools = list(_live_pools.values())
    for pool in pools:
        pool.work.put(None)
    for pool in pools:
        for t in list(pool.threads):
            t.join()


threading._register_atexit(_stop_all_pools)


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer failed; the pool accepts no more work."""
    pass


class _WorkItem(object):
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # Break the cycle exc -> traceback -> this frame -> exc.
            self = None
        else:
            self.future.set_result(result)


class _Pool(object):
    """The state a pool's workers share with their executor."""

    def __init__(self, initializer, initargs):
        self.work = queue.SimpleQueue()
        self.idle = threading.Semaphore(0)
        self.threads = set()
        self.shutdown = False
        self.broken = False
        self.initializer = initializer
        self.initargs = initargs

    def mark_broken(self):
        with _pools_lock:
            self.broken = ('A thread initializer failed, the thread pool '
                           'is not usable anymore')
        # Fail everything still queued.
        while True:
            try:
                item = self.work.get_nowait()
            except queue.Empty:
                break
            if item is not None:
                item.future.set_exception(BrokenThreadPool(self.broken))


def _worker(pool):
    if pool.initializer is not None:
        try:
            pool.initializer(*pool.initargs)
        except BaseException:
            from traceback import format_exc
            sys.stderr.write("Exception in initializer:\n" + format_exc())
            pool.mark_broken()
            return
    try:
        while True:
            item = pool.work.get(block=True)
            if item is not None:
                item.run()
                del item
                pool.idle.release()
                continue
            # A stop signal: pass it on so every worker sees one.
            pool.work.put(None)
            return
    except BaseException:
        from traceback import format_exc
        sys.stderr.write("Exception in worker\n" + format_exc())


class ThreadPoolExecutor(_base.Executor):
    """An Executor running calls on up to max_workers threads."""

    _counter_lock = threading.Lock()
    _counter = [0]

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, _CPUS + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._pool = _Pool(initializer, initargs)
        self._shutdown_lock = threading.Lock()
        if not thread_name_prefix:
            with ThreadPoolExecutor._counter_lock:
                n = ThreadPoolExecutor._counter[0]
                ThreadPoolExecutor._counter[0] = n + 1
            thread_name_prefix = "ThreadPoolExecutor-%d" % n
        self._thread_name_prefix = thread_name_prefix
        with _pools_lock:
            _live_pools[id(self._pool)] = self._pool

    @property
    def _threads(self):
        return self._pool.threads

    def submit(self, fn, /, *args, **kwargs):
        pool = self._pool
        with self._shutdown_lock:
            if pool.broken:
                raise BrokenThreadPool(pool.broken)
            if pool.shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _interpreter_exiting:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            f = _base.Future()
            pool.work.put(_WorkItem(f, fn, args, kwargs))
            self._add_worker_if_needed()
            return f


    def _add_worker_if_needed(self):
        pool = self._pool
        if pool.idle.acquire(timeout=0):
            return
        n = len(pool.threads)
        if n < self._max_workers:
            t = threading.Thread(name='%s_%d' % (self._thread_name_prefix, n),
                                 target=_worker, args=(pool,))
            t.start()
            pool.threads.add(t)

    def shutdown(self, wait=True, *, cancel_futures=False):
        pool = self._pool
        with self._shutdown_lock:
            pool.shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = pool.work.get_nowait()
                    except queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            pool.work.put(None)
        if wait:
            for t in list(pool.threads):
                t.join()
            with _pools_lock:
                _live_pools.pop(id(pool), None)


    def __del__(self):
        # Dropped without shutdown(): let the workers go once they are idle.
        try:
            pool = self._pool
        except AttributeError:
            return
        if not pool.shutdown:
            pool.shutdown = True
            pool.work.put(None)
