"""Synchronised queues for passing items between threads, for gilfree.

Queue, LifoQueue and PriorityQueue share one design: a single mutex
guards the storage and three conditions built on that same mutex signal
"an item arrived" (not_empty), "a slot freed" (not_full) and "every item
was processed" (all_tasks_done).  The storage hooks _init/_qsize/_put/_get
run only with the mutex held, so subclasses may override them freely
without extra locking.  SimpleQueue is a lighter FIFO with no size limit
and no task tracking: a small lock around a deque plus a semaphore that
counts the items.

Provides: Queue, LifoQueue, PriorityQueue, SimpleQueue, Empty, Full.
Lacks: nothing known.
"""

import threading
from collections import deque
from heapq import heappush, heappop
from time import monotonic as _time

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue',
           'SimpleQueue']


class Empty(Exception):
    """Raised by a non-blocking or timed-out get() on an empty queue."""
    pass


class Full(Exception):
    """Raised by a non-blocking or timed-out put() on a full queue."""
    pass


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue(object):
    """A FIFO queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    # -- task accounting -------------------------------------------------

    def task_done(self):
        """Mark one item fetched by get() as completely processed."""
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks = left
            if left == 0:
                self.all_tasks_done.notify_all()

    def join(self):
        """Block until every item put has been matched by a task_done()."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    # -- size queries (a snapshot: another thread may change it at once) --

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    # -- put / get ---------------------------------------------------------

    def put(self, item, block=True, timeout=None):
        """Add an item, waiting (up to `timeout` seconds) for a free slot if
        the queue is full and `block` is true; raise Full otherwise."""
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                else:
                    _check_timeout(timeout)
                    deadline = _time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = deadline - _time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting (up to `timeout` seconds) if
        the queue is empty and `block` is true; raise Empty otherwise."""
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            else:
                _check_timeout(timeout)
                deadline = _time() + timeout
                while not self._qsize():
                    remaining = deadline - _time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # -- storage hooks (called with the mutex held) ------------------------

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """Items come out lowest first (a heap; entries are often
    (priority, data) tuples)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """Items come out most recently added first (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue(object):
    """An unbounded FIFO queue without task tracking."""

    def __init__(self):
        self._items = deque()
        self._lock = threading.Lock()
        self._count = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):
        """Add an item; never blocks (block and timeout exist for
        compatibility with Queue.put)."""
        with self._lock:
            self._items.append(item)
        self._count.release()

    def get(self, block=True, timeout=None):
        if block:
            _check_timeout(timeout)
            if not self._count.acquire(True, timeout):
                raise Empty
        elif not self._count.acquire(False):
            raise Empty
        with self._lock:
            return self._items.popleft()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        with self._lock:
            return len(self._items) == 0

    def qsize(self):
        with self._lock:
            return len(self._items)
