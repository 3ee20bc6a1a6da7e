"""Futures, the Executor interface, wait() and as_completed().

A Future moves PENDING -> RUNNING -> FINISHED, or PENDING -> CANCELLED
(-> CANCELLED_AND_NOTIFIED once its executor has seen the cancellation).
Every state change happens under the future's own Condition, and a future
leaves PENDING/RUNNING exactly once.

wait() and as_completed() register a _Watcher on each unfinished future
(in the future's `_waiters`, under its Condition).  When the future ends
it calls watcher.observe(future) once, after it has changed state and
before its done-callbacks run; the watcher collects finished futures
under its own lock and sets its Event when its caller should look.
Callbacks and watchers are always invoked with the future's Condition
released, so they may freely call back into the future.
"""

import sys
import threading
from time import monotonic as _time

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED,
                  FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)
_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)


class Error(Exception):
    """Base class for the exceptions of this package."""
    pass


class CancelledError(Error):
    """The Future was cancelled."""
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The Future is in a state that does not allow the operation."""
    pass


class BrokenExecutor(RuntimeError):
    """The executor can no longer run work."""
    pass


def _report_callback_error(future):
    # Stand-in for the logging call CPython makes.
    try:
        from traceback import format_exc
        text = format_exc()
        sys.stderr.write("exception calling callback for %r\n%s" % (future, text))
    except BaseException:
        pass


class _Watcher(object):
    """Collects futures as they finish, for wait() and as_completed()."""

    def __init__(self, mode, pending_count):
        self.mode = mode
        self.pending = pending_count
        self.lock = threading.Lock()
        self.event = threading.Event()
        self.finished = []

    def observe(self, future):
        with self.lock:
            self.finished.append(future)
            self.pending -= 1
            mode = self.mode
            if mode == FIRST_COMPLETED or mode == _AS_COMPLETED:
                wake = True
            elif mode == FIRST_EXCEPTION:
                wake = (self.pending <= 0 or
                        (future._state == FINISHED and future._exception is not None))
            else:
                wake = self.pending <= 0
        if wake:
            self.event.set()

    def take(self):
        with self.lock:
            got = self.finished
            self.finished = []
            self.event.clear()
        return got


def _install(futures, watcher):
    """Register the watcher on every unfinished future; return the set of
    futures that were already done."""
    done = set()
    for f in futures:
        with f._condition:
            if f._state in _DONE_STATES:
                done.add(f)
            else:
                f._waiters.append(watcher)
    return done


def _uninstall(futures, watcher):
    for f in futures:
        with f._condition:
            try:
                f._waiters.remove(watcher)
            except ValueError:
                pass


def as_completed(fs, timeout=None):
    """Yield the given futures as they finish (finished ones first).

    Raises TimeoutError if some are still unfinished `timeout` seconds
    after the call.  Duplicates are yielded once."""
    if timeout is not None:
        deadline = timeout + _time()
    fs = set(fs)
    total = len(fs)
    watcher = _Watcher(_AS_COMPLETED, total)
    done = _install(fs, watcher)
    with watcher.lock:
        watcher.pending -= len(done)
    pending = set(fs)
    try:
        for f in done:
            pending.discard(f)
            yield f
        while pending:
            if timeout is None:
                wait_for = None
            else:
                wait_for = deadline - _time()
                if wait_for < 0:
                    raise TimeoutError('%d (of %d) futures unfinished'
                                       % (len(pending), total))
            watcher.event.wait(wait_for)
            for f in watcher.take():
                if f in pending:
                    pending.discard(f)
                    yield f
    finally:
        _uninstall(fs, watcher)


class DoneAndNotDoneFutures(tuple):
    """The result of wait(): (done, not_done), two sets of futures."""

    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]

    def __repr__(self):
        return "DoneAndNotDoneFutures(done=%r, not_done=%r)" % (self[0], self[1])


def _has_raised(f):
    return f._state == FINISHED and f._exception is not None


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait until the futures satisfy `return_when` (or `timeout` passes);
    return DoneAndNotDoneFutures(done, not_done)."""
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError("Invalid return condition: %r" % (return_when,))
    fs = set(fs)
    watcher = _Watcher(return_when, len(fs))
    done = _install(fs, watcher)
    try:
        with watcher.lock:
            # Futures may have finished between _install and here; they are
            # in watcher.finished, and `pending` becomes exact only now.
            watcher.pending -= len(done)
            seen = list(done) + watcher.finished
            satisfied = (
                watcher.pending <= 0
                or (return_when == FIRST_COMPLETED and seen)
                or (return_when == FIRST_EXCEPTION
                    and any(_has_raised(f) for f in seen)))
        if not satisfied:
            watcher.event.wait(timeout)
    finally:
        _uninstall(fs, watcher)
    done.update(watcher.take())
    return DoneAndNotDoneFutures(done, fs - done)


class Future(object):
    """The eventual result of an asynchronous call."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def __repr__(self):
        with self._condition:
            state = self._state
            desc = _STATE_TO_DESCRIPTION_MAP[state]
            if state == FINISHED:
                if self._exception is not None:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self), desc,
                        self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    self.__class__.__name__, id(self), desc,
                    self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (
                self.__class__.__name__, id(self), desc)

    # -- after a state change, with the condition released ---------------

    def _announce(self, watchers):
        for w in watchers:
            w.observe(self)
        self._run_callbacks()

    def _run_callbacks(self):
        with self._condition:
            callbacks = self._done_callbacks
            self._done_callbacks = []
        for callback in callbacks:
            try:
                callback(self)
            except Exception:
                _report_callback_error(self)

    def _finish_locked(self):
        # Caller holds the condition: wake result() waiters and hand back
        # the watchers to notify once the lock is released.
        watchers = self._waiters
        self._waiters = []
        self._condition.notify_all()
        return watchers

    # -- the public API -----------------------------------------------------

    def cancel(self):
        """Cancel the call if it has not started; return whether the
        future is (now) cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in _CANCELLED_STATES:
                return True
            self._state = CANCELLED
            watchers = self._finish_locked()
        self._announce(watchers)
        return True

    def cancelled(self):
        with self._condition:
            return self._state in _CANCELLED_STATES

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in _DONE_STATES

    def _get_result(self):
        if self._exception is not None:
            exc = self._exception
            try:
                raise exc
            finally:
                exc = None
                self = None
        return self._result

    def add_done_callback(self, fn):
        """Call fn(future) when the future finishes or is cancelled (at
        once if it already has)."""
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _report_callback_error(self)

    def result(self, timeout=None):
        """The call's return value; re-raises its exception; CancelledError
        if cancelled; TimeoutError after `timeout` seconds."""
        try:
            with self._condition:
                if self._state in _CANCELLED_STATES:
                    raise CancelledError()
                if self._state == FINISHED:
                    return self._get_result()
                self._condition.wait(timeout)
                if self._state in _CANCELLED_STATES:
                    raise CancelledError()
                if self._state == FINISHED:
                    return self._get_result()
                raise TimeoutError()
        finally:
            self = None

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned)."""
        with self._condition:
            if self._state in _CANCELLED_STATES:
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            self._condition.wait(timeout)
            if self._state in _CANCELLED_STATES:
                raise CancelledError()
            if self._state == FINISHED:
                return self._exception
            raise TimeoutError()

    # -- for executors ----------------------------------------------------

    def set_running_or_notify_cancel(self):
        """Mark the future RUNNING and return True, or return False if it
        was cancelled (the executor then skips the call)."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._state = FINISHED
            watchers = self._finish_locked()
        self._announce(watchers)

    def set_exception(self, exception):
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._state = FINISHED
            watchers = self._finish_locked()
        self._announce(watchers)


def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        del fut


class Executor(object):
    """Base class of executors: submit() is what subclasses provide."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables) but the calls run concurrently; results
        come back in order; a call's exception is raised when its result is
        reached; TimeoutError if a result is not ready `timeout` seconds
        after map() was called."""
        if timeout is not None:
            deadline = timeout + _time()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), deadline - _time())
            finally:
                for f in fs:
                    f.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
