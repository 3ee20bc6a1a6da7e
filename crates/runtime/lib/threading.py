"""Thread objects and synchronisation primitives, for gilfree.

Built on the native `_thread` module (start_new_thread, allocate_lock,
RLock, get_ident, get_native_id).  gilfree has no GIL: several threads run
Python code at the same time, so every piece of shared state in this module
is either guarded by a lock or owned by exactly one thread.

Invariants:
  * `_active` maps the ident of every running thread that has a Thread
    object to that object; `_limbo` holds threads whose start() has been
    called but whose bootstrap has not yet registered them.  Both change
    only while `_registry_lock` is held.
  * A started Thread owns `_done_lock`, a plain lock acquired by start()
    before the OS thread exists and released as the very last act of the
    thread.  join() waits by acquiring and releasing it, so a thread is
    "finished" for join() exactly when that lock is free.  Everything the
    thread must tidy (its `local` dicts, its `_active` entry) is tidied
    before the release, so once join() returns the ident may be reused.
  * A Condition keeps one private waiter lock per waiting thread; the list
    of waiters is only touched while the Condition's own lock is held.
  * No exception raised by a thread's target escapes the bootstrap: it is
    reported through `excepthook` and the process carries on.

Provides: Thread, Timer, current_thread, main_thread, enumerate,
active_count, get_ident, get_native_id, local, excepthook, ExceptHookArgs,
__excepthook__, Lock, RLock, Condition, Semaphore, BoundedSemaphore, Event,
Barrier, BrokenBarrierError, ThreadError, TIMEOUT_MAX, stack_size,
settrace/setprofile/gettrace/getprofile (recorded, never called),
_shutdown (run by the interpreter at exit: joins non-daemon threads),
_register_atexit, and the old camelCase aliases.

Lacks: fork handling; trace/profile functions are stored but not installed
in new threads; a thread started with raw `_thread.start_new_thread` gets a
_DummyThread that is never removed, and its `local` values are never freed.
"""

import sys as _sys
import _thread
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock',
           'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier',
           'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs',
           'setprofile', 'settrace', 'local', 'stack_size', 'excepthook',
           'get_native_id', 'getprofile', 'gettrace']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size

try:
    _NativeRLock = _thread.RLock
except AttributeError:
    _NativeRLock = None

# Condition.wait must drop every level of a recursive lock and restore it
# afterwards; that needs _release_save/_acquire_restore.  Use the native
# RLock only if it offers them, otherwise the Python one below.
if _NativeRLock is not None and not hasattr(_NativeRLock(), '_release_save'):
    _NativeRLock = None


# ---------------------------------------------------------------------------
# Trace and profile hooks: recorded for code that reads them back.

_trace_hook = None
_profile_hook = None


def settrace(func):
    """Record a trace function for threads started later (not installed)."""
    global _trace_hook
    _trace_hook = func


def setprofile(func):
    """Record a profile function for threads started later (not installed)."""
    global _profile_hook
    _profile_hook = func


def gettrace():
    return _trace_hook


def getprofile():
    return _profile_hook


# ---------------------------------------------------------------------------
# Locks

Lock = _allocate_lock


def RLock(*args, **kwargs):
    """Return a new reentrant lock (native when possible)."""
    if _NativeRLock is None:
        return _RLock(*args, **kwargs)
    return _NativeRLock(*args, **kwargs)


class _RLock(object):
    """A reentrant lock: a plain lock plus an owner ident and a depth.

    Only the owner changes `_owner` and `_count` after acquiring `_block`,
    so reading `_owner == get_ident()` is reliable for the asking thread.
    """

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        owner = self._owner
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            "locked" if self._block.locked() else "unlocked",
            self.__class__.__module__, self.__class__.__qualname__,
            owner, self._count, hex(id(self)))

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        got = self._block.acquire(blocking, timeout)
        if got:
            self._owner = me
            self._count = 1
        return got

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    def locked(self):
        return self._block.locked()

    # Used by Condition: give up every level at once, then take them back.
    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _is_owned(self):
        return self._owner == get_ident()


_PyRLock = _RLock


# ---------------------------------------------------------------------------
# Condition

class Condition(object):
    """A condition variable bound to a lock (a new RLock by default).

    Each waiting thread parks on a fresh private lock that it holds; notify
    releases the oldest of those locks.  The waiter list is guarded by the
    condition's own lock, which every caller of wait/notify must hold.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        if hasattr(lock, '_release_save'):
            self._release_save = lock._release_save
        if hasattr(lock, '_acquire_restore'):
            self._acquire_restore = lock._acquire_restore
        if hasattr(lock, '_is_owned'):
            self._is_owned = lock._is_owned
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    # Fallbacks for a plain (non-recursive) lock.
    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock has no owner; "held by someone" is the best guess.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        parked = _allocate_lock()
        parked.acquire()
        self._waiters.append(parked)
        saved = self._release_save()
        woken = False
        try:
            if timeout is None:
                parked.acquire()
                woken = True
            elif timeout > 0:
                woken = parked.acquire(True, timeout)
            else:
                woken = parked.acquire(False)
            return woken
        finally:
            self._acquire_restore(saved)
            if not woken:
                # Timed out (or interrupted): nobody released us, so we are
                # still in the list unless a notify raced with the timeout.
                try:
                    self._waiters.remove(parked)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        deadline = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if deadline is None:
                    deadline = _time() + remaining
                else:
                    remaining = deadline - _time()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            parked = waiters.pop(0)
            try:
                parked.release()
            except RuntimeError:
                continue
            n -= 1

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


# ---------------------------------------------------------------------------
# Semaphores

class Semaphore(object):
    """A counter that acquire() decrements (waiting at zero) and release()
    increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return "<%s.%s at %s: value=%d>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            hex(id(self)), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if self._value > 0:
                self._value -= 1
                return True
            if not blocking:
                return False
            if timeout is None:
                while self._value == 0:
                    self._cond.wait()
            else:
                deadline = _time() + timeout
                while self._value == 0:
                    remaining = deadline - _time()
                    if remaining <= 0:
                        return False
                    self._cond.wait(remaining)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore whose value may never rise above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return "<%s.%s at %s: value=%d/%d>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            hex(id(self)), self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# ---------------------------------------------------------------------------
# Event

class Event(object):
    """A flag that threads can wait on until another thread sets it."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return "<%s.%s at %s: %s>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            hex(id(self)), "set" if self._flag else "unset")

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            flag = self._flag
            if not flag:
                flag = self._cond.wait_for(self.is_set, timeout)
            return flag


# ---------------------------------------------------------------------------
# Barrier

class BrokenBarrierError(RuntimeError):
    pass


# Barrier states.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier(object):
    """Let `parties` threads wait until all of them have arrived.

    A cycle has two phases: FILLING while threads arrive, DRAINING while
    the released threads leave wait().  A thread arriving during DRAINING
    (or RESETTING) waits for the previous cycle to empty first, so cycles
    never mix.  abort() puts the barrier in BROKEN until reset().
    """

    def __init__(self, parties, action=None, timeout=None):
        # CPython 3.11 accepts any `parties` here (3.12 rejects < 1).
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        if self.broken:
            return "<%s.%s at %s: broken>" % (
                self.__class__.__module__, self.__class__.__qualname__,
                hex(id(self)))
        return "<%s.%s at %s: waiters=%d/%d>" % (
            self.__class__.__module__, self.__class__.__qualname__,
            hex(id(self)), self.n_waiting, self._parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # Let the previous cycle drain (or a reset finish) first.
            while self._state in (_DRAINING, _RESETTING):
                self._cond.wait()
            if self._state < 0:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    self._await_trip(timeout)
                return index
            finally:
                self._count -= 1
                self._leave()

    def _trip(self):
        # The last party: run the action, then release everyone.
        try:
            if self._action:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _await_trip(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _leave(self):
        # The last thread out of a drained or reset cycle opens the next one.
        if self._count == 0 and self._state in (_RESETTING, _DRAINING):
            self._state = _FILLING
            self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == _FILLING or self._state == _BROKEN:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == _BROKEN


# ---------------------------------------------------------------------------
# Thread registry

_registry_lock = _allocate_lock()
_active = {}        # ident -> Thread, for running threads
_limbo = {}         # Thread -> Thread, started but not yet running
_name_counter = [0]
_atexit_calls = []
_shutting_down = False


def _newname(template="Thread-%d"):
    with _registry_lock:
        _name_counter[0] += 1
        n = _name_counter[0]
    return template % n


def _register_atexit(func, *args, **kwargs):
    """Run func(*args, **kwargs) at interpreter exit, before the non-daemon
    threads are joined (used by concurrent.futures to stop idle workers)."""
    if _shutting_down:
        raise RuntimeError("can't register atexit after shutdown")
    with _registry_lock:
        _atexit_calls.append((func, args, kwargs))


# ---------------------------------------------------------------------------
# excepthook

class ExceptHookArgs(tuple):
    """The argument of threading.excepthook: (exc_type, exc_value,
    exc_traceback, thread)."""

    def __new__(cls, args):
        args = tuple(args)
        if len(args) != 4:
            raise TypeError("ExceptHookArgs expects a 4-sequence (%d-sequence given)" % len(args))
        return tuple.__new__(cls, args)

    @property
    def exc_type(self):
        return self[0]

    @property
    def exc_value(self):
        return self[1]

    @property
    def exc_traceback(self):
        return self[2]

    @property
    def thread(self):
        return self[3]

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, "
                "exc_traceback=%r, thread=%r)" % tuple(self))


def excepthook(args, /):
    """Report an exception that escaped Thread.run() on sys.stderr."""
    if args.exc_type is SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None and args.thread is not None:
        stderr = args.thread._stderr
    if stderr is None:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    print("Exception in thread %s:" % name, file=stderr, flush=True)
    from traceback import print_exception
    print_exception(args.exc_type, args.exc_value, args.exc_traceback,
                    file=stderr)
    stderr.flush()


__excepthook__ = excepthook


def _report_thread_exception(thread):
    exc_type, exc_value, exc_tb = _sys.exc_info()
    try:
        hook = excepthook
        hook(ExceptHookArgs((exc_type, exc_value, exc_tb, thread)))
    except BaseException:
        # The hook itself failed: report that with the interpreter's hook.
        try:
            if _sys.stderr is not None:
                print("Exception in threading.excepthook:", file=_sys.stderr,
                      flush=True)
            _sys.excepthook(*_sys.exc_info())
        except BaseException:
            pass
    finally:
        exc_type = exc_value = exc_tb = None


# ---------------------------------------------------------------------------
# Thread

class Thread(object):
    """A thread of control: override run() or pass a target callable."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % (target.__name__,)
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._done_lock = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr
        self._locals = []   # `local` storages this thread has touched

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set() or self._done_lock is not None:
            raise RuntimeError("threads can only be started once")
        done = _allocate_lock()
        done.acquire()
        self._done_lock = done
        with _registry_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _registry_lock:
                del _limbo[self]
            self._done_lock = None
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop references so arguments can be freed while the Thread
            # object lives on.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            self._ident = get_ident()
            try:
                self._native_id = get_native_id()
            except Exception:
                self._native_id = None
            with _registry_lock:
                _active[self._ident] = self
                del _limbo[self]
            self._started.set()
            try:
                self.run()
            except BaseException:
                _report_thread_exception(self)
        finally:
            self._finish()

    def _finish(self):
        # Tidy everything tied to this ident, then let joiners go.
        ident = self._ident
        for storage in self._locals:
            storage.pop(ident, None)
        self._locals = []
        with _registry_lock:
            _active.pop(ident, None)
            _limbo.pop(self, None)
        self._is_stopped = True
        done = self._done_lock
        if done is not None:
            done.release()

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._is_stopped:
            return
        done = self._done_lock
        if timeout is None:
            got = done.acquire()
        else:
            if timeout < 0:
                timeout = 0
            got = done.acquire(True, timeout)
        if got:
            done.release()
            self._is_stopped = True

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        # _finish() sets _is_stopped just before it frees the done lock.
        return self._started.is_set() and not self._is_stopped

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    """The thread that imported threading (the interpreter's main thread).

    Its done lock is held from creation until _shutdown() so that other
    threads can join() it."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._ident = get_ident()
        try:
            self._native_id = get_native_id()
        except Exception:
            self._native_id = None
        done = _allocate_lock()
        done.acquire()
        self._done_lock = done
        self._started.set()
        with _registry_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread not started by this module (always alive,
    daemonic, never joinable)."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._ident = get_ident()
        try:
            self._native_id = get_native_id()
        except Exception:
            self._native_id = None
        self._started.set()
        with _registry_lock:
            _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


class Timer(Thread):
    """Call function(*args, **kwargs) after `interval` seconds unless
    cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# ---------------------------------------------------------------------------
# Module-level queries

def current_thread():
    """Return the Thread object of the calling thread."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    with _registry_lock:
        return len(_active) + len(_limbo)


activeCount = active_count


def enumerate():
    with _registry_lock:
        return list(_active.values()) + list(_limbo.values())


# ---------------------------------------------------------------------------
# Thread-local data

class local(object):
    """Attributes that each thread sees separately.

    The attributes of thread T live in a plain dict stored under T's ident
    in this object's `_local__storage`; only T ever touches that entry, so
    no lock is needed.  The first access from a thread creates its dict and
    runs __init__ again (with the constructor's arguments) if a subclass
    defines one.  A threading.Thread drops its entries when it finishes.
    """

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and not _has_own_init(cls):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_local__storage', {})
        object.__setattr__(self, '_local__init_args', (args, kwargs))
        # The creating thread gets its dict now; __init__ runs normally.
        _local_dict(self, False)
        return self

    def __getattribute__(self, name):
        if name == '__dict__':
            return _local_dict(self, True)
        if name.startswith('__') and name.endswith('__'):
            try:
                return object.__getattribute__(self, name)
            except AttributeError:
                d = _local_dict(self, True)
                if name in d:
                    return d[name]
                raise
        d = _local_dict(self, True)
        cls = type(self)
        found, attr = _class_lookup(cls, name)
        if found and _is_data_descriptor(attr):
            return type(attr).__get__(attr, self, cls)
        if name in d:
            return d[name]
        if found:
            getter = getattr(type(attr), '__get__', None)
            if getter is not None:
                return getter(attr, self, cls)
            return attr
        raise AttributeError("'%s' object has no attribute '%s'"
                             % (_local_type_name(cls), name))

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % _local_type_name(type(self)))
        found, attr = _class_lookup(type(self), name)
        if found and hasattr(type(attr), '__set__'):
            type(attr).__set__(attr, self, value)
            return
        _local_dict(self, True)[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("'%s' object attribute '__dict__' is read-only"
                                 % _local_type_name(type(self)))
        found, attr = _class_lookup(type(self), name)
        if found and hasattr(type(attr), '__delete__'):
            type(attr).__delete__(attr, self)
            return
        d = _local_dict(self, True)
        if name not in d:
            raise AttributeError(name)
        del d[name]


def _local_type_name(cls):
    # CPython's local is the C type _thread._local; messages name it so.
    if cls is local:
        return '_thread._local'
    return cls.__name__


def _class_lookup(cls, name):
    for klass in cls.__mro__:
        if klass is local or klass is object:
            continue
        kd = klass.__dict__
        if name in kd:
            return True, kd[name]
    return False, None


def _has_own_init(cls):
    for klass in cls.__mro__:
        if klass is local or klass is object:
            break
        if '__init__' in klass.__dict__:
            return True
    return False


def _is_data_descriptor(attr):
    t = type(attr)
    return hasattr(t, '__set__') or hasattr(t, '__delete__')


def _local_dict(self, run_init):
    storage = object.__getattribute__(self, '_local__storage')
    ident = get_ident()
    d = storage.get(ident)
    if d is not None:
        return d
    d = {}
    storage[ident] = d
    thread = _active.get(ident)
    if thread is not None and not isinstance(thread, (_MainThread, _DummyThread)):
        thread._locals.append(storage)
    if run_init:
        cls = type(self)
        if _has_own_init(cls):
            args, kwargs = object.__getattribute__(self, '_local__init_args')
            cls.__init__(self, *args, **kwargs)
    return d


# ---------------------------------------------------------------------------
# Interpreter exit

def _shutdown():
    """Called by the interpreter at exit: run the atexit hooks registered
    with _register_atexit, then join every non-daemon thread (including
    threads those threads start meanwhile)."""
    global _shutting_down
    if _main_thread._is_stopped:
        return
    _shutting_down = True
    with _registry_lock:
        calls = list(_atexit_calls)
        del _atexit_calls[:]
    for func, args, kwargs in reversed(calls):
        try:
            func(*args, **kwargs)
        except BaseException:
            pass
    while True:
        me = current_thread()
        with _registry_lock:
            waiting = [t for t in list(_active.values()) + list(_limbo.values())
                       if t is not me and not t._daemonic
                       and not isinstance(t, (_MainThread, _DummyThread))]
        waiting = [t for t in waiting if not t._is_stopped]
        if not waiting:
            break
        for t in waiting:
            if t._started.is_set():
                t.join()
            else:
                t._started.wait()
    main = _main_thread
    main._is_stopped = True
    if main._done_lock is not None and main._done_lock.locked():
        try:
            main._done_lock.release()
        except RuntimeError:
            pass


_main_thread = _MainThread()
