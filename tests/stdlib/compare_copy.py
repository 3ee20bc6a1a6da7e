"""Compare gilfree's copy.py against CPython's copy module."""
import collections
import copy as real
import functools

from _load import load, Checker

load('types')
m = load('copy')
c = Checker('copy')


def shape(obj, seen=None):
    """A structural description of obj including sharing/cycles."""
    if seen is None:
        seen = {}
    if id(obj) in seen:
        return ('ref', seen[id(obj)])
    seen[id(obj)] = len(seen)
    t = type(obj).__name__
    if isinstance(obj, dict):
        return (t, [(shape(k, seen), shape(v, seen)) for k, v in obj.items()],
                shape(getattr(obj, '__dict__', None), seen) if hasattr(obj, '__dict__') else None)
    if isinstance(obj, (list, tuple)):
        return (t, [shape(v, seen) for v in obj])
    if isinstance(obj, (set, frozenset)):
        return (t, sorted(repr(v) for v in obj))
    if hasattr(obj, '__dict__') and not isinstance(obj, type) and not callable(obj):
        slots = {}
        for k in getattr(type(obj), '__slots__', ()):
            if hasattr(obj, k):
                slots[k] = shape(getattr(obj, k), seen)
        return (t, shape(obj.__dict__, seen), sorted(slots.items()))
    if hasattr(type(obj), '__slots__') and not isinstance(obj, (int, str)):
        return (t, sorted((k, shape(getattr(obj, k), seen)) for k in type(obj).__slots__ if hasattr(obj, k)))
    return (t, repr(obj))


class Plain:
    def __init__(self, v):
        self.v = v
        self.lst = [v]


class Slotted:
    __slots__ = ('a', '__b')

    def __init__(self, a):
        self.a = a
        self.__b = [a]

    def b(self):
        return self.__b


class WithHooks:
    def __init__(self):
        self.log = []

    def __copy__(self):
        n = WithHooks(); n.log = ['copied']; return n

    def __deepcopy__(self, memo):
        n = WithHooks(); n.log = ['deep', len(memo) >= 0]; return n


class WithState:
    def __init__(self, v):
        self.v = v

    def __getstate__(self):
        return {'v': self.v, 'extra': 1}

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.restored = True


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyErr(Exception):
    pass


Point = collections.namedtuple('Point', 'x y')

shared = [1, 2]
cyc = [1]
cyc.append(cyc)
d = {'a': shared, 'b': shared}
d['self'] = d
ml = MyList([1, [2]]); ml.attr = 'x'
md = MyDict(a=[1]); md.attr = [2]
t = (shared, shared)
ts = (1, 'a', None)
sample = [1, 2.5, 'str', b'b', None, True, 3 + 4j, range(3), len, Plain, (1, 2), frozenset([1, 2]),
          [1, [2, 3]], {'k': [1]}, {1, 2}, bytearray(b'xy'), shared, cyc, d, t, ts, Plain(5),
          Slotted(3), WithHooks(), WithState(7), ml, md, MyInt(5), MyStr('s'), Point(1, [2]),
          MyErr('boom', 2), collections.OrderedDict(a=[1]), collections.defaultdict(list, a=[1]),
          collections.Counter('aab'), collections.deque([[1]], 4), functools.partial(max, 1),
          [Plain(1), Plain(2)], {'p': Plain(3)}, (Plain(4),), ((1, 2), (3, [4]))]

for obj in sample:
    for fname in ('copy', 'deepcopy'):
        got = getattr(m, fname)(obj)
        want = getattr(real, fname)(obj)
        c.eq(shape(got), shape(want), '%s shape %r' % (fname, type(obj).__name__))
        c.eq(got is obj, want is obj, '%s identity %r' % (fname, type(obj).__name__))
        if isinstance(obj, (list, dict, tuple)) and obj:
            first = next(iter(obj.values() if isinstance(obj, dict) else obj))
            gfirst = next(iter(got.values() if isinstance(got, dict) else got))
            wfirst = next(iter(want.values() if isinstance(want, dict) else want))
            c.eq(gfirst is first, wfirst is first, '%s inner identity %r' % (fname, obj))

s = Slotted(9)
c.eq(m.deepcopy(s).b(), [9], 'private slot copied')
c.eq(m.deepcopy(s).b() is s.b(), False, 'private slot deep')
c.eq(m.copy(s).b() is s.b(), True, 'private slot shallow')
c.eq(m.deepcopy(WithState(1)).__dict__, real.deepcopy(WithState(1)).__dict__, 'getstate/setstate')
e = m.deepcopy(MyErr('boom', [2]))
c.eq((type(e).__name__, e.args), ('MyErr', ('boom', [2])), 'exception copy')
memo = {}
x = [1]
y = m.deepcopy([x, x], memo)
c.eq(y[0] is y[1], True, 'shared preserved')
c.eq(memo[id(x)] is y[0], True, 'memo filled')
c.eq(m.Error is m.error, True, 'error alias')
c.eq(issubclass(m.Error, Exception), True, 'Error is Exception')
c.done()
