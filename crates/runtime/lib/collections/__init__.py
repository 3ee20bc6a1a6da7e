"""Container datatypes, for gilfree.

Provides:
  deque        from _collections (native, thread-safe); a pure-Python
               ring buffer with the same API when _collections is missing
  defaultdict  dict subclass calling default_factory from __missing__
  OrderedDict  dict subclass with move_to_end, popitem(last=),
               order-sensitive equality between OrderedDicts, 3.11 repr
  Counter      dict subclass for counting (most_common, elements, total,
               update/subtract, + - & | and unary +/-, rich comparisons)
  namedtuple   tuple-subclass factory built with type() (no exec), with
               rename, defaults, module, _make/_asdict/_replace/_fields/
               _field_defaults and CPython's argument-error messages
  ChainMap, UserDict, UserList, UserString  small pure-Python versions

collections.abc (the container ABCs) lives in collections/abc.py.
Lacks: OrderedDict relies on the insertion order of the underlying dict, so
move_to_end(key, last=False) is O(n); type names in some error messages
read 'deque' where CPython says 'collections.deque'.
"""

import sys as _sys
from keyword import iskeyword as _iskeyword
from operator import itemgetter as _itemgetter
from operator import eq as _eq

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']


_repr_running = set()


def _is_mapping(obj):
    if isinstance(obj, dict):
        return True
    t = type(obj)
    return (hasattr(t, 'keys') and hasattr(t, '__getitem__')
            and hasattr(t, 'items'))


def _index(x, what='an integer'):
    try:
        meth = type(x).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__) from None
    return meth(x)


################################################################################
# deque
################################################################################

# The native deque (crates/runtime/src/types/deque.rs) is thread-safe: its
# append/appendleft/pop/popleft are atomic, as in CPython. The Python class
# below is the fallback where _collections is missing.
try:
    from _collections import deque
except ImportError:
    class deque(object):
        """A list-like sequence optimized for data accesses near its endpoints."""

        __slots__ = ('_buf', '_head', '_len', '_maxlen', '_state')

        def __init__(self, iterable=(), maxlen=None):
            if maxlen is not None:
                if not isinstance(maxlen, int):
                    raise TypeError('an integer is required')
                if maxlen < 0:
                    raise ValueError('maxlen must be non-negative')
            self._maxlen = maxlen
            self._buf = [None] * 8
            self._head = 0
            self._len = 0
            try:
                self._state += 1
            except AttributeError:
                self._state = 0
            if iterable is not self and iterable != ():
                self.extend(iterable)

        # -- internals ----------------------------------------------------------
        def _grow(self):
            buf = self._buf
            cap = len(buf)
            head = self._head
            new = buf[head:] + buf[:head]
            new.extend([None] * cap)
            self._buf = new
            self._head = 0

        def _norm_index(self, i):
            if not isinstance(i, int):
                try:
                    i = _index(i)
                except TypeError:
                    raise TypeError('sequence index must be integer, not %r'
                                    % type(i).__name__) from None
            n = self._len
            if i < 0:
                i += n
            if i < 0 or i >= n:
                raise IndexError('deque index out of range')
            return i

        # -- public API -----------------------------------------------------------
        @property
        def maxlen(self):
            """maximum size of a deque or None if unbounded"""
            return self._maxlen

        def append(self, x):
            """Add an element to the right side of the deque."""
            self._state += 1
            if self._maxlen is not None and self._len >= self._maxlen:
                if self._maxlen == 0:
                    return
                self.popleft()
                self._state += 1
            if self._len == len(self._buf):
                self._grow()
            buf = self._buf
            buf[(self._head + self._len) % len(buf)] = x
            self._len += 1

        def appendleft(self, x):
            """Add an element to the left side of the deque."""
            self._state += 1
            if self._maxlen is not None and self._len >= self._maxlen:
                if self._maxlen == 0:
                    return
                self.pop()
                self._state += 1
            if self._len == len(self._buf):
                self._grow()
            buf = self._buf
            self._head = (self._head - 1) % len(buf)
            buf[self._head] = x
            self._len += 1

        def pop(self):
            """Remove and return the rightmost element."""
            if not self._len:
                raise IndexError('pop from an empty deque')
            self._state += 1
            buf = self._buf
            pos = (self._head + self._len - 1) % len(buf)
            x = buf[pos]
            buf[pos] = None
            self._len -= 1
            return x

        def popleft(self):
            """Remove and return the leftmost element."""
            if not self._len:
                raise IndexError('pop from an empty deque')
            self._state += 1
            buf = self._buf
            x = buf[self._head]
            buf[self._head] = None
            self._head = (self._head + 1) % len(buf)
            self._len -= 1
            return x

        def extend(self, iterable):
            """Extend the right side of the deque with elements from the iterable."""
            if iterable is self:
                iterable = list(iterable)
            for x in iterable:
                self.append(x)

        def extendleft(self, iterable):
            """Extend the left side of the deque with elements from the iterable."""
            if iterable is self:
                iterable = list(iterable)
            for x in iterable:
                self.appendleft(x)

        def clear(self):
            """Remove all elements from the deque."""
            self._state += 1
            self._buf = [None] * 8
            self._head = 0
            self._len = 0

        def copy(self):
            """Return a shallow copy of a deque."""
            return self.__class__(self, self._maxlen)

        __copy__ = copy

        def count(self, value):
            """Return number of occurrences of value."""
            state = self._state
            n = 0
            for i in range(self._len):
                x = self._buf[(self._head + i) % len(self._buf)]
                if x is value or x == value:
                    n += 1
                if state != self._state:
                    raise RuntimeError('deque mutated during iteration')
            return n

        def index(self, value, start=0, stop=None):
            """Return first index of value.

            Raises ValueError if the value is not present.
            """
            n = self._len
            try:
                start = _index(start)
                stop = n if stop is None else _index(stop)
            except TypeError:
                raise TypeError('slice indices must be integers or have an '
                                '__index__ method') from None
            if start < 0:
                start = max(start + n, 0)
            if stop < 0:
                stop = max(stop + n, 0)
            stop = min(stop, n)
            state = self._state
            for i in range(start, stop):
                x = self._buf[(self._head + i) % len(self._buf)]
                if x is value or x == value:
                    return i
                if state != self._state:
                    raise RuntimeError('deque mutated during iteration')
            raise ValueError('%r is not in deque' % (value,))

        def insert(self, index, value):
            """Insert value before index."""
            index = _index(index)
            if self._maxlen is not None and self._len >= self._maxlen:
                raise IndexError('deque already at its maximum size')
            n = self._len
            if index < 0:
                index = max(index + n, 0)
            if index >= n:
                self.append(value)
                return
            if index == 0:
                self.appendleft(value)
                return
            self.rotate(-index)
            self.appendleft(value)
            self.rotate(index)

        def remove(self, value):
            """Remove first occurrence of value."""
            for i in range(self._len):
                x = self._buf[(self._head + i) % len(self._buf)]
                if x is value or x == value:
                    del self[i]
                    return
            raise ValueError('%r is not in deque' % (value,))

        def reverse(self):
            """Reverse *IN PLACE*."""
            items = list(self)
            items.reverse()
            self._state += 1
            cap = len(self._buf)
            self._buf = items + [None] * (cap - len(items))
            self._head = 0

        def rotate(self, n=1):
            """Rotate the deque n steps to the right (default n=1).

            If n is negative, rotates left.
            """
            n = _index(n)
            length = self._len
            if length <= 1:
                return
            n %= length
            if n == 0:
                return
            self._state += 1
            items = list(self)
            items = items[-n:] + items[:-n]
            cap = len(self._buf)
            self._buf = items + [None] * (cap - len(items))
            self._head = 0

        # -- sequence protocol ----------------------------------------------------
        def __len__(self):
            return self._len

        def __bool__(self):
            return self._len != 0

        def __iter__(self):
            state = self._state
            i = 0
            while True:
                if state != self._state:
                    raise RuntimeError('deque mutated during iteration')
                if i >= self._len:
                    return
                buf = self._buf
                yield buf[(self._head + i) % len(buf)]
                i += 1

        def __reversed__(self):
            state = self._state
            i = self._len - 1
            while True:
                if state != self._state:
                    raise RuntimeError('deque mutated during iteration')
                if i < 0:
                    return
                buf = self._buf
                yield buf[(self._head + i) % len(buf)]
                i -= 1

        def __contains__(self, value):
            state = self._state
            for i in range(self._len):
                x = self._buf[(self._head + i) % len(self._buf)]
                if x is value or x == value:
                    return True
                if state != self._state:
                    raise RuntimeError('deque mutated during iteration')
            return False

        def __getitem__(self, index):
            i = self._norm_index(index)
            buf = self._buf
            return buf[(self._head + i) % len(buf)]

        def __setitem__(self, index, value):
            i = self._norm_index(index)
            buf = self._buf
            buf[(self._head + i) % len(buf)] = value

        def __delitem__(self, index):
            i = self._norm_index(index)
            self.rotate(-i)
            self.popleft()
            self.rotate(i)

        # -- comparisons ----------------------------------------------------------
        def __eq__(self, other):
            if not isinstance(other, deque):
                return NotImplemented
            return list(self) == list(other)

        def __ne__(self, other):
            if not isinstance(other, deque):
                return NotImplemented
            return list(self) != list(other)

        def __lt__(self, other):
            if not isinstance(other, deque):
                return NotImplemented
            return list(self) < list(other)

        def __le__(self, other):
            if not isinstance(other, deque):
                return NotImplemented
            return list(self) <= list(other)

        def __gt__(self, other):
            if not isinstance(other, deque):
                return NotImplemented
            return list(self) > list(other)

        def __ge__(self, other):
            if not isinstance(other, deque):
                return NotImplemented
            return list(self) >= list(other)

        __hash__ = None

        # -- arithmetic -----------------------------------------------------------
        def __add__(self, other):
            if not isinstance(other, deque):
                raise TypeError('can only concatenate deque (not "%s") to deque'
                                % type(other).__name__)
            new = self.__class__(self, self._maxlen)
            new.extend(other)
            return new

        def __iadd__(self, other):
            self.extend(other)
            return self

        def __mul__(self, n):
            if not hasattr(type(n), '__index__'):
                raise TypeError("can't multiply sequence by non-int of type '%s'"
                                % type(n).__name__)
            n = _index(n)
            items = list(self)
            return self.__class__(items * n if n > 0 else [], self._maxlen)

        __rmul__ = __mul__

        def __imul__(self, n):
            if not hasattr(type(n), '__index__'):
                raise TypeError("can't multiply sequence by non-int of type '%s'"
                                % type(n).__name__)
            n = _index(n)
            items = list(self)
            self.clear()
            if n > 0:
                self.extend(items * n)
            return self

        # -- misc -----------------------------------------------------------------
        def __repr__(self):
            key = id(self)
            if key in _repr_running:
                return '[...]'
            _repr_running.add(key)
            try:
                body = repr(list(self))
            finally:
                _repr_running.discard(key)
            name = type(self).__name__
            if self._maxlen is None:
                return '%s(%s)' % (name, body)
            return '%s(%s, maxlen=%d)' % (name, body, self._maxlen)

        def __reduce__(self):
            return self.__class__, (list(self), self._maxlen)


################################################################################
# defaultdict
################################################################################

class defaultdict(dict):
    """dict subclass that calls a factory function to supply missing values."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            frepr = 'None'
        else:
            key = id(factory)
            if key in _repr_running:
                frepr = '...'
            else:
                _repr_running.add(key)
                try:
                    frepr = repr(factory)
                finally:
                    _repr_running.discard(key)
        return '%s(%s, %s)' % (type(self).__name__, frepr,
                               dict.__repr__(self))

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return self.__class__(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return self.__class__, args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


################################################################################
# OrderedDict
################################################################################

class OrderedDict(dict):
    """Dictionary that remembers insertion order."""

    def __init__(self, other=(), /, **kwds):
        dict.__init__(self)
        self.update(other, **kwds)

    def update(self, other=(), /, **kwds):
        """Update from a mapping or iterable of pairs, then from kwds."""
        if isinstance(other, dict) or hasattr(type(other), 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def popitem(self, last=True):
        """Remove and return a (key, value) pair, LIFO if last else FIFO."""
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(iter(dict.keys(self)))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last=False)."""
        if key not in self:
            raise KeyError(key)
        if last:
            value = dict.pop(self, key)
            dict.__setitem__(self, key, value)
        else:
            items = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, dict.get(dict(items), key))
            for k, v in items:
                if not (k is key or k == key):
                    dict.__setitem__(self, k, v)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(map(_eq, self, other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __repr__(self):
        if not self:
            return '%s()' % (type(self).__name__,)
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return '%s(%r)' % (type(self).__name__, list(self.items()))
        finally:
            _repr_running.discard(key)

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return self.__class__, (), state, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self


################################################################################
# Counter
################################################################################

class Counter(dict):
    """Dict subclass for counting hashable items (a multiset)."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """The count of elements not in the Counter is zero."""
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts."""
        if n is None:
            return sorted(self.items(), key=_itemgetter(1), reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=_itemgetter(1))

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        return _counter_elements(list(self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    self_get = self.get
                    for elem in iterable.keys():
                        self[elem] = iterable[elem] + self_get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                self_get = self.get
                for elem in iterable:
                    self[elem] = self_get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        if iterable is not None:
            self_get = self.get
            if _is_mapping(iterable):
                for elem in iterable.keys():
                    self[elem] = self_get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    __copy__ = copy

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Like dict.__delitem__() but does not raise KeyError for missing values."""
        if elem in self:
            dict.__delitem__(self, elem)

    # comparisons (multiset semantics, missing counts are zero)
    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __repr__(self):
        if not self:
            return '%s()' % type(self).__name__
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return '%s(%r)' % (type(self).__name__, d)

    # multiset arithmetic
    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _counter_elements(pairs):
    for elem, count in pairs:
        if not isinstance(count, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(count).__name__)
        for _ in range(count):
            yield elem


################################################################################
# namedtuple
################################################################################

class _tuplegetter(object):
    """Read-only descriptor returning one field of a namedtuple."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return tuple.__getitem__(obj, self._index)

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")


def _join_names(names):
    names = ["'%s'" % n for n in names]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return '%s and %s' % (names[0], names[1])
    return '%s, and %s' % (', '.join(names[:-1]), names[-1])


def namedtuple(typename, field_names, *, rename=False, defaults=None,
               module=None):
    """Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point(11, y=22)
    Point(x=11, y=22)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    try:
        typename = _sys.intern(typename)
    except AttributeError:
        pass

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or _iskeyword(name)
                    or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % (name,))
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % (name,))

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             '%r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        pairs = list(zip(reversed(field_names), reversed(defaults)))
        pairs.reverse()
        field_defaults = dict(pairs)

    field_names = tuple(field_names)
    num_fields = len(field_names)
    num_defaults = len(field_defaults)
    num_required = num_fields - num_defaults
    default_values = tuple(field_defaults[n] for n in field_names[num_required:])
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    new_qualname = typename + '.__new__'
    tuple_new = tuple.__new__

    def __new__(_cls, *args, **kwargs):
        nargs = len(args)
        if nargs > num_fields:
            if num_defaults:
                takes = 'from %d to %d positional arguments' % (
                    num_required + 1, num_fields + 1)
            else:
                takes = '%d positional argument%s' % (
                    num_fields + 1, '' if num_fields == 0 else 's')
            raise TypeError('%s() takes %s but %d %s given'
                            % (new_qualname, takes, nargs + 1,
                               'was' if nargs == 0 else 'were'))
        if not kwargs and nargs == num_fields:
            return tuple_new(_cls, args)
        values = list(args)
        if kwargs:
            for key in kwargs:
                if key not in field_names:
                    raise TypeError('%s() got an unexpected keyword argument %r'
                                    % (new_qualname, key))
                if field_names.index(key) < nargs:
                    raise TypeError('%s() got multiple values for argument %r'
                                    % (new_qualname, key))
        missing = []
        for i in range(nargs, num_fields):
            name = field_names[i]
            if name in kwargs:
                values.append(kwargs[name])
            elif i >= num_required:
                values.append(default_values[i - num_required])
            else:
                missing.append(name)
        if missing:
            raise TypeError('%s() missing %d required positional argument%s: %s'
                            % (new_qualname, len(missing),
                               '' if len(missing) == 1 else 's',
                               _join_names(missing)))
        return tuple_new(_cls, values)

    __new__.__name__ = '__new__'
    __new__.__qualname__ = new_qualname
    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, arg_list)

    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError('Expected %d arguments, got %d'
                            % (num_fields, len(result)))
        return result

    _make.__qualname__ = typename + '._make'
    _make.__doc__ = 'Make a new %s object from a sequence or iterable' % typename

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name) if name in kwds else value
                             for name, value in zip(field_names, self)])
        if kwds:
            raise ValueError('Got unexpected field names: %r' % (list(kwds),))
        return result

    _replace.__qualname__ = typename + '._replace'
    _replace.__doc__ = ('Return a new %s object replacing specified fields '
                        'with new values' % typename)

    repr_fmt = '(' + ', '.join('%s=%%r' % name for name in field_names) + ')'

    def __repr__(self):
        'Return a nicely formatted representation string'
        return self.__class__.__name__ + repr_fmt % tuple(self)

    __repr__.__qualname__ = typename + '.__repr__'

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return dict(zip(self._fields, self))

    _asdict.__qualname__ = typename + '._asdict'

    def __getnewargs__(self):
        'Return self as a plain tuple.  Used by copy and pickle.'
        return tuple(self)

    __getnewargs__.__qualname__ = typename + '.__getnewargs__'

    namespace = {
        '__doc__': '%s(%s)' % (typename, ', '.join(field_names)),
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        namespace[name] = _tuplegetter(index, 'Alias for field number %d' % index)

    result = type(typename, (tuple,), namespace)

    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    if module is not None:
        result.__module__ = module
    return result


################################################################################
# ChainMap and the User* wrappers (small versions)
################################################################################

class ChainMap(object):
    """A ChainMap groups multiple dicts together to create a single view."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__,
                           ', '.join(map(repr, self.maps)))

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def clear(self):
        self.maps[0].clear()

    def __eq__(self, other):
        try:
            return dict(self.items()) == dict(other.items())
        except AttributeError:
            return NotImplemented


class UserDict(object):
    """A more or less complete user-defined wrapper around dictionary objects."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, '__missing__'):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __eq__(self, other):
        if isinstance(other, UserDict):
            other = other.data
        return self.data == other

    def keys(self):
        return self.data.keys()

    def items(self):
        return self.data.items()

    def values(self):
        return self.data.values()

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def update(self, other=(), /, **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def pop(self, key, *default):
        return self.data.pop(key, *default)

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def clear(self):
        self.data.clear()

    def copy(self):
        new = self.__class__()
        new.data = self.data.copy()
        return new


class UserList(object):
    """A more or less complete user-defined wrapper around list objects."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __eq__(self, other):
        return self.data == (other.data if isinstance(other, UserList) else other)

    def __lt__(self, other):
        return self.data < (other.data if isinstance(other, UserList) else other)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        return self.__class__(self.data + list(other))

    def __iadd__(self, other):
        self.data += other.data if isinstance(other, UserList) else list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString(object):
    """A minimal user-defined wrapper around str objects."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __eq__(self, other):
        if isinstance(other, UserString):
            return self.data == other.data
        return self.data == other

    def __lt__(self, other):
        if isinstance(other, UserString):
            return self.data < other.data
        return self.data < other

    def __hash__(self):
        return hash(self.data)

    def __contains__(self, char):
        if isinstance(char, UserString):
            char = char.data
        return char in self.data

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        return self.__class__(self.data + str(other))

    def __mul__(self, n):
        return self.__class__(self.data * n)

    def __getattr__(self, name):
        # Delegate other str methods, wrapping str results.
        attr = getattr(self.data, name)
        if not callable(attr):
            return attr

        def method(*args, **kwargs):
            result = attr(*args, **kwargs)
            if isinstance(result, str):
                return self.__class__(result)
            return result
        return method


def __getattr__(name):
    # `import collections` alone makes `collections.abc` reachable, as it
    # is in a CPython whose start-up already imported the submodule.
    if name == 'abc':
        import collections.abc
        return collections.abc
    raise AttributeError("module 'collections' has no attribute %r" % (name,))
