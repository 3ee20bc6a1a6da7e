"""Compare gilfree's functools.py against CPython's functools."""
import functools as real
import operator
import random

from _load import load, Checker

load('collections')  # functools imports collections; CPython's is fine too
m = load('functools')
c = Checker('functools')
rng = random.Random(11)


def run(f):
    try:
        return ('ok', f())
    except Exception as e:
        return ('raise', type(e).__name__, str(e))


def both(f, what):
    got = run(lambda: f(m))
    got = tuple(x.replace('gf_functools.', 'functools.') if isinstance(x, str) else x for x in got)
    c.eq(got, run(lambda: f(real)), what)


# reduce
for data in ([], [1], [1, 2, 3, 4], 'abc'):
    both(lambda F: F.reduce(operator.add, data), 'reduce %r' % (data,))
    both(lambda F: F.reduce(operator.add, data, 10 if not isinstance(data, str) else '>'), 'reduce init %r' % (data,))
both(lambda F: F.reduce(operator.add, 5), 'reduce non-iterable')
both(lambda F: F.reduce(lambda a, b: a * 10 + b, iter([1, 2, 3])), 'reduce iter')

# partial
def f(a, b=2, *args, **kw):
    return (a, b, args, sorted(kw.items()))
both(lambda F: F.partial(f, 1)(), 'partial call')
both(lambda F: F.partial(f, 1, 3, x=1)(4, y=2), 'partial call 2')
both(lambda F: F.partial(f, b=9)(1, b=8), 'partial override kw')
both(lambda F: F.partial(F.partial(f, 1, x=1), 2, y=3)(), 'nested partial')
both(lambda F: (F.partial(F.partial(f, 1), 2).func is f, F.partial(F.partial(f, 1), 2).args), 'flatten')
both(lambda F: F.partial(f, 1, k=2).keywords, 'keywords')
both(lambda F: F.partial(5), 'partial not callable')
both(lambda F: repr(F.partial(f, 1, k=2)), 'partial repr')
both(lambda F: repr(F.partial(f)), 'partial repr 2')
both(lambda F: repr(F.partial(max, 'x')), 'partial repr builtin')
def setfunc(F):
    p = F.partial(f)
    p.func = None
both(setfunc, 'partial readonly')   # message may differ
class Obj:
    pass

# wraps / update_wrapper
def target(x, y):
    """doc here"""
    return x + y
target.extra = 5
target.__annotations__ = {'x': int}
def wrapped_attrs(F):
    @F.wraps(target)
    def wrapper(*a):
        return target(*a)
    return (wrapper.__name__, wrapper.__qualname__, wrapper.__doc__, wrapper.__module__,
            wrapper.__wrapped__ is target, wrapper.extra, wrapper.__annotations__, wrapper(1, 2))
both(wrapped_attrs, 'wraps')
def wrap_missing(F):
    def w():
        pass
    F.update_wrapper(w, Obj())
    return (w.__name__, w.__wrapped__.__class__.__name__)
both(wrap_missing, 'update_wrapper missing attrs')

# lru_cache against CPython with random access patterns
for maxsize in (None, 0, 1, 2, 3, 10, 128, -5):
    for typed in (False, True):
        calls_m = []; calls_r = []
        @m.lru_cache(maxsize=maxsize, typed=typed)
        def fm(x, y=0):
            calls_m.append((x, y))
            return x * 2 + y
        @real.lru_cache(maxsize=maxsize, typed=typed)
        def fr(x, y=0):
            calls_r.append((x, y))
            return x * 2 + y
        for step in range(300):
            x = rng.choice([1, 2, 3, 4, 5, 1.0, 2.0, 'a'.__len__()])
            if rng.random() < 0.3:
                c.eq(fm(x, y=1), fr(x, y=1), 'lru kw call')
            else:
                c.eq(fm(x), fr(x), 'lru call')
            if step == 150:
                fm.cache_clear(); fr.cache_clear()
        c.eq(calls_m, calls_r, 'lru calls made maxsize=%r typed=%r' % (maxsize, typed))
        c.eq(tuple(fm.cache_info()), tuple(fr.cache_info()), 'cache_info %r %r' % (maxsize, typed))
        c.eq(repr(fm.cache_info()), repr(fr.cache_info()), 'cache_info repr')
        c.eq(fm.cache_parameters(), fr.cache_parameters(), 'cache_parameters')

def bare(F):
    @F.lru_cache
    def sq(x):
        "square"
        return x * x
    sq(2); sq(2); sq(3)
    return (repr(sq.cache_info()), sq.__name__, sq.__doc__, sq.__wrapped__(5), sq.cache_parameters())
both(bare, 'bare lru_cache')
def cached(F):
    @F.cache
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    return fib(80), repr(fib.cache_info())
both(cached, 'cache fib')
both(lambda F: F.lru_cache('x'), 'lru_cache bad arg')
def method_cache(F):
    class A:
        def __init__(self):
            self.n = 0
        @F.lru_cache(maxsize=None)
        def m(self, x):
            self.n += 1
            return x + 1
    a = A()
    return a.m(1), a.m(1), a.n
both(method_cache, 'lru on method')
def unhashable(F):
    @F.lru_cache
    def g(x):
        return x
    return g([1])
both(unhashable, 'lru unhashable')

# cmp_to_key
data = [rng.randrange(100) for _ in range(50)]
cmp = lambda a, b: (a % 10 > b % 10) - (a % 10 < b % 10)
both(lambda F: sorted(data, key=F.cmp_to_key(cmp)), 'cmp_to_key sort')
both(lambda F: (F.cmp_to_key(cmp)(3) < F.cmp_to_key(cmp)(12), F.cmp_to_key(cmp)(3) == F.cmp_to_key(cmp)(13)), 'cmp_to_key ops')

# total_ordering
def ordering(F, root):
    ns = {'__init__': lambda self, v: setattr(self, 'v', v),
          '__eq__': lambda self, o: self.v == o.v if isinstance(o, type(self)) else NotImplemented}
    ops = {'__lt__': lambda s, o: s.v < o.v if isinstance(o, type(s)) else NotImplemented,
           '__le__': lambda s, o: s.v <= o.v if isinstance(o, type(s)) else NotImplemented,
           '__gt__': lambda s, o: s.v > o.v if isinstance(o, type(s)) else NotImplemented,
           '__ge__': lambda s, o: s.v >= o.v if isinstance(o, type(s)) else NotImplemented}
    ns[root] = ops[root]
    K = F.total_ordering(type('K', (), ns))
    out = []
    for a in range(3):
        for b in range(3):
            x, y = K(a), K(b)
            out.append((x < y, x <= y, x > y, x >= y))
    try:
        K(1) < 5
    except TypeError as e:
        out.append(str(e))
    return out
for root in ('__lt__', '__le__', '__gt__', '__ge__'):
    both(lambda F: ordering(F, root), 'total_ordering ' + root)
both(lambda F: F.total_ordering(type('E', (), {})), 'total_ordering none')

# cached_property
def cprop(F):
    class A:
        def __init__(self):
            self.calls = 0
        @F.cached_property
        def val(self):
            "the doc"
            self.calls += 1
            return 42
    a = A()
    return a.val, a.val, a.calls, 'val' in a.__dict__, A.val.__doc__, A.val.attrname
both(cprop, 'cached_property')
def cprop_slots(F):
    class B:
        __slots__ = ()
        @F.cached_property
        def v(self):
            return 1
    return B().v
both(cprop_slots, 'cached_property slots')

# singledispatch
def sd(F):
    @F.singledispatch
    def show(x):
        return 'obj'
    @show.register(int)
    def _(x):
        return 'int'
    @show.register
    def _(x: list):
        return 'list'
    show.register(float, lambda x: 'float')
    class MyInt(int):
        pass
    return [show(1), show(True), show(MyInt(3)), show([1]), show(1.5), show('s'), show.dispatch(bool).__name__ if hasattr(show.dispatch(bool), '__name__') else 0]
both(sd, 'singledispatch')

c.done()
