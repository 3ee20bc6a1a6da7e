"""Functional tools for creating and using iterators, for gilfree.

Provides: count, cycle, repeat (infinite); accumulate, chain (with
chain.from_iterable), compress, dropwhile, filterfalse, groupby, islice,
pairwise, starmap, takewhile, tee, zip_longest; product, permutations,
combinations, combinations_with_replacement.  Results, argument
validation messages and consumption behaviour (e.g. how far islice reads
its input) follow CPython 3.11.

count, repeat, chain, groupby and the tee iterators are classes with
CPython-style reprs where CPython has an interesting one (``count(5)``,
``repeat('a', 3)``); the others are generator functions or functions
that validate their arguments eagerly and return a generator, so
``iter(x) is x`` and ``next(x)`` work but ``isinstance(x, islice)`` and
their reprs do not match CPython.
Lacks: batched (3.12), pickling/__reduce__ of iterator state.
"""

__all__ = ['accumulate', 'chain', 'combinations',
           'combinations_with_replacement', 'compress', 'count', 'cycle',
           'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile',
           'tee', 'zip_longest']

_MAXSIZE = 9223372036854775807


def _is_number(x):
    t = type(x)
    return (hasattr(t, '__index__') or hasattr(t, '__int__')
            or hasattr(t, '__float__') or hasattr(t, '__complex__'))


def _as_int(x, name='r'):
    if not isinstance(x, int):
        try:
            return type(x).__index__(x)
        except AttributeError:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(x).__name__) from None
    return x


################################################################################
# Infinite iterators
################################################################################

class count(object):
    """Return a count object whose .__next__() method returns consecutive
    values: count(start=0, step=1)."""

    __slots__ = ('_cnt', '_step')

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._cnt
        self._cnt = value + self._step
        return value

    def __repr__(self):
        name = type(self).__name__
        step = self._step
        if isinstance(step, int) and step == 1 and type(step) is not bool:
            return '%s(%r)' % (name, self._cnt)
        return '%s(%r, %r)' % (name, self._cnt, step)

    def __reduce__(self):
        return type(self), (self._cnt, self._step)


def cycle(iterable):
    """Return elements from the iterable until it is exhausted, then repeat
    the sequence indefinitely."""
    it = iter(iterable)

    def gen():
        saved = []
        for element in it:
            yield element
            saved.append(element)
        if not saved:
            return
        while True:
            for element in saved:
                yield element
    return gen()


class repeat(object):
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    __slots__ = ('_obj', '_cnt')

    def __init__(self, object, times=None):
        self._obj = object
        if times is None:
            self._cnt = -1
        else:
            times = _as_int(times)
            self._cnt = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._cnt == 0:
            raise StopIteration
        if self._cnt > 0:
            self._cnt -= 1
        return self._obj

    def __length_hint__(self):
        if self._cnt == -1:
            raise TypeError('len() of unsized object')
        return self._cnt

    def __repr__(self):
        name = type(self).__name__
        if self._cnt == -1:
            return '%s(%r)' % (name, self._obj)
        return '%s(%r, %d)' % (name, self._obj, self._cnt)

    def __reduce__(self):
        if self._cnt == -1:
            return type(self), (self._obj,)
        return type(self), (self._obj, self._cnt)


################################################################################
# Iterators terminating on the shortest input sequence
################################################################################

def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    it = iter(iterable)

    def gen():
        total = initial
        if initial is not None:
            yield total
        else:
            try:
                total = next(it)
            except StopIteration:
                return
            yield total
        if func is None:
            for element in it:
                total = total + element
                yield total
        else:
            for element in it:
                total = func(total, element)
                yield total
    return gen()


class chain(object):
    """chain(*iterables) --> chain object

    Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""

    __slots__ = ('_source', '_active')

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        """Alternative chain() constructor taking a single iterable argument
        that evaluates lazily."""
        self = cls.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._source is None:
                    raise StopIteration
                try:
                    iterable = next(self._source)
                except StopIteration:
                    self._source = None
                    raise
                self._active = iter(iterable)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None


def compress(data, selectors):
    """Return data elements corresponding to true selector elements."""
    data = iter(data)
    selectors = iter(selectors)

    def gen():
        for d, s in zip(data, selectors):
            if s:
                yield d
    return gen()


def dropwhile(predicate, iterable):
    """Drop items from the iterable while predicate(item) is true."""
    it = iter(iterable)

    def gen():
        for x in it:
            if not predicate(x):
                yield x
                break
        for x in it:
            yield x
    return gen()


def takewhile(predicate, iterable):
    """Return successive entries from an iterable as long as the predicate
    evaluates to true for each entry."""
    it = iter(iterable)

    def gen():
        for x in it:
            if predicate(x):
                yield x
            else:
                break
    return gen()


def filterfalse(function, iterable):
    """Return those items of iterable for which function(item) is false."""
    it = iter(iterable)

    def gen():
        if function is None:
            for x in it:
                if not x:
                    yield x
        else:
            for x in it:
                if not function(x):
                    yield x
    return gen()


_NULL = object()


class groupby(object):
    """make an iterator that returns consecutive keys and groups from the
    iterable."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _NULL
        self._currkey = _NULL
        self._currvalue = _NULL
        self._token = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._token = None
        while True:
            if self._currkey is _NULL:
                pass
            elif self._tgtkey is _NULL:
                break
            else:
                tgt = self._tgtkey
                cur = self._currkey
                if not (tgt is cur or tgt == cur):
                    break
            self._step()
        self._tgtkey = self._currkey
        token = object()
        self._token = token
        return self._currkey, _grouper(self, self._tgtkey, token)


def _grouper(parent, tgtkey, token):
    while True:
        if parent._token is not token:
            return
        if parent._currvalue is _NULL:
            try:
                parent._step()
            except StopIteration:
                return
        cur = parent._currkey
        if not (tgtkey is cur or tgtkey == cur):
            return
        value = parent._currvalue
        parent._currvalue = _NULL
        yield value


def islice(iterable, *args):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an
    iterable."""
    nargs = len(args)
    if nargs == 0:
        raise TypeError('islice expected at least 2 arguments, got 1')
    if nargs > 3:
        raise TypeError('islice expected at most 4 arguments, got %d'
                        % (nargs + 1))
    start = 0
    step = 1
    if nargs == 1:
        stop = args[0]
    else:
        start = args[0]
        stop = args[1]
    if stop is not None:
        try:
            stop = _as_int(stop)
        except TypeError:
            stop = -1
        if stop < 0 or stop > _MAXSIZE:
            raise ValueError('Stop argument for islice() must be None or '
                             'an integer: 0 <= x <= sys.maxsize.')
    if nargs > 1:
        if start is not None:
            try:
                start = _as_int(start)
            except TypeError:
                start = -1
        else:
            start = 0
        if start < 0 or start > _MAXSIZE:
            raise ValueError('Indices for islice() must be None or an '
                             'integer: 0 <= x <= sys.maxsize.')
        if nargs == 3:
            step = args[2]
            if step is None:
                step = 1
            else:
                try:
                    step = _as_int(step)
                except TypeError:
                    step = -1
                if step < 1 or step > _MAXSIZE:
                    raise ValueError('Step for islice() must be a positive '
                                     'integer or None.')
    it = iter(iterable)
    if stop is None:
        stop = -1

    def gen():
        cnt = 0
        nxt = start
        while True:
            while cnt < nxt:
                try:
                    next(it)
                except StopIteration:
                    return
                cnt += 1
            if stop != -1 and cnt >= stop:
                return
            try:
                item = next(it)
            except StopIteration:
                return
            cnt += 1
            nxt += step
            if stop != -1 and nxt > stop:
                nxt = stop
            yield item
    return gen()


def pairwise(iterable):
    """Return an iterator of overlapping pairs taken from the input."""
    it = iter(iterable)

    def gen():
        try:
            a = next(it)
        except StopIteration:
            return
        for b in it:
            yield a, b
            a = b
    return gen()


def starmap(function, iterable):
    """Return an iterator whose values are returned from the function
    evaluated with an argument tuple taken from the given sequence."""
    it = iter(iterable)

    def gen():
        for args in it:
            yield function(*args)
    return gen()


class _tee(object):
    """Iterator wrapped to make it copyable (one of tee()'s results)."""

    __slots__ = ('_it', '_node')

    def __init__(self, it, node):
        self._it = it
        # node: [filled, value, next_node]
        self._node = node

    def __iter__(self):
        return self

    def __next__(self):
        node = self._node
        if not node[0]:
            value = next(self._it)
            if not node[0]:
                node[1] = value
                node[2] = [False, None, None]
                node[0] = True
        self._node = node[2]
        return node[1]

    def __copy__(self):
        return _tee(self._it, self._node)


def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    n = _as_int(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    copier = getattr(it, '__copy__', None)
    if copier is not None:
        first = copier()
    else:
        first = _tee(it, [False, None, None])
    result = [first]
    for i in range(1, n):
        result.append(first.__copy__())
    return tuple(result)


def zip_longest(*args, fillvalue=None):
    """Return a zip_longest object whose .__next__() yields tuples, filling
    missing values with fillvalue."""
    iterators = [iter(a) for a in args]

    def gen():
        num_active = len(iterators)
        if not num_active:
            return
        its = list(iterators)
        while True:
            values = []
            for i in range(len(its)):
                it = its[i]
                if it is None:
                    values.append(fillvalue)
                    continue
                try:
                    value = next(it)
                except StopIteration:
                    num_active -= 1
                    if not num_active:
                        return
                    its[i] = None
                    value = fillvalue
                values.append(value)
            yield tuple(values)
    return gen()


################################################################################
# Combinatoric iterators
################################################################################

def product(*iterables, repeat=1):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    repeat = _as_int(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in iterables] * repeat

    def gen():
        for pool in pools:
            if not pool:
                return
        n = len(pools)
        indices = [0] * n
        yield tuple(pool[0] for pool in pools)
        while True:
            i = n - 1
            while i >= 0:
                indices[i] += 1
                if indices[i] < len(pools[i]):
                    break
                indices[i] = 0
                i -= 1
            if i < 0:
                return
            yield tuple(pools[k][indices[k]] for k in range(n))
    return gen()


def _check_r(r):
    if not isinstance(r, int):
        try:
            r = type(r).__index__(r)
        except AttributeError:
            raise TypeError('Expected int as r') from None
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


def permutations(iterable, r=None):
    """Return successive r-length permutations of elements in the iterable."""
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else _check_r(r)

    def gen():
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in range(r - 1, -1, -1):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return
    return gen()


def combinations(iterable, r):
    """Return successive r-length combinations of elements in the iterable."""
    pool = tuple(iterable)
    n = len(pool)
    r = _check_r(r)

    def gen():
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in range(r - 1, -1, -1):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)
    return gen()


def combinations_with_replacement(iterable, r):
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats."""
    pool = tuple(iterable)
    n = len(pool)
    r = _check_r(r)

    def gen():
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in range(r - 1, -1, -1):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)
    return gen()
