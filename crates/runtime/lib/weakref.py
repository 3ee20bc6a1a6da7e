"""Weak references, faked for gilfree.

gilfree has no weak references yet, so this module keeps its objects
ALIVE: ref(obj) returns a callable holding a strong reference (calling it
always returns obj, callbacks never run), proxy(obj) returns obj itself,
and WeakValueDictionary, WeakKeyDictionary and WeakSet are ordinary
containers (entries never disappear). finalize(obj, func, ...) only runs
func when called or detached explicitly, or at exit (through atexit).
Code that relies on weak references for caching works; code that relies
on them to free memory or to observe collection does not.
"""

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs',
           'WeakKeyDictionary', 'ReferenceType', 'ProxyType',
           'CallableProxyType', 'ProxyTypes', 'WeakValueDictionary',
           'WeakSet', 'WeakMethod', 'finalize']


class ReferenceType:
    """A 'weak' reference that holds its referent strongly."""
    __slots__ = ('_obj', '__callback__')

    def __init__(self, obj, callback=None):
        self._obj = obj
        self.__callback__ = callback

    def __call__(self):
        return self._obj

    def __hash__(self):
        return hash(self._obj)

    def __eq__(self, other):
        if isinstance(other, ReferenceType):
            return self._obj == other._obj
        return NotImplemented

    def __repr__(self):
        obj = self._obj
        return '<weakref at %#x; to %r at %#x>' % (
            id(self), type(obj).__name__, id(obj))

    def __class_getitem__(cls, item):
        return cls


ref = ReferenceType


class WeakMethod(ReferenceType):
    """A 'weak' reference to a bound method (kept alive here)."""
    __slots__ = ()

    def __init__(self, meth, callback=None):
        try:
            meth.__self__
            meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not %s"
                            % type(meth)) from None
        super().__init__(meth, callback)


def proxy(obj, callback=None):
    """Return obj itself (no proxy objects without weak references)."""
    return obj


ProxyType = CallableProxyType = type(None)
ProxyTypes = (ProxyType, CallableProxyType)


def getweakrefcount(obj):
    return 0


def getweakrefs(obj):
    return []


class WeakValueDictionary(dict):
    """A dict (values are held strongly in gilfree)."""

    def itervaluerefs(self):
        return (ref(v) for v in self.values())

    def valuerefs(self):
        return [ref(v) for v in self.values()]

    def __repr__(self):
        return '<WeakValueDictionary at %#x>' % id(self)


class WeakKeyDictionary(dict):
    """A dict (keys are held strongly in gilfree)."""

    def keyrefs(self):
        return [ref(k) for k in self.keys()]

    def __repr__(self):
        return '<WeakKeyDictionary at %#x>' % id(self)


class WeakSet(set):
    """A set (members are held strongly in gilfree)."""

    def __repr__(self):
        return '{}({})'.format(type(self).__name__, set(self))


class finalize:
    """finalize(obj, func, *args, **kwargs): call func(*args, **kwargs)
    when called (or at exit if atexit is set); objects are never
    collected in this fake, so it never fires on its own."""

    def __init__(self, obj, func, /, *args, **kwargs):
        self._info = (obj, func, args, kwargs)
        self.atexit = True
        try:
            import atexit
            atexit.register(self._at_exit)
        except ImportError:
            pass

    def _at_exit(self):
        if self.atexit:
            self()

    def __call__(self, _=None):
        info, self._info = self._info, None
        if info is not None:
            obj, func, args, kwargs = info
            return func(*args, **(kwargs or {}))

    def detach(self):
        info, self._info = self._info, None
        if info is not None:
            return (info[0], info[1], info[2], info[3])

    def peek(self):
        info = self._info
        if info is not None:
            return (info[0], info[1], info[2], info[3])

    @property
    def alive(self):
        return self._info is not None
