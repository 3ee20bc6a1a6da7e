"""Compare gilfree's collections.py against CPython's collections."""
import collections as real
import copy
import pickle
import random

from _load import load, Checker

m = load('collections')
c = Checker('collections')
rng = random.Random(7)


def both(expr, **env):
    """Evaluate expr with C bound to mine and to CPython's module; compare
    result reprs (or exceptions)."""
    def run(mod):
        try:
            return ('ok', repr(eval(expr, {'C': mod, **env})))
        except Exception as e:
            return ('raise', type(e).__name__, str(e))
    got = tuple(x.replace('gf_collections', 'collections') if isinstance(x, str) else x
                for x in run(m))
    want = run(real)
    c.eq(got, want, expr)


# ---- deque: random operation sequences -------------------------------------
for trial in range(300):
    maxlen = rng.choice([None, None, 0, 1, 3, 8])
    init = [rng.randrange(10) for _ in range(rng.randrange(12))]
    a = m.deque(init, maxlen); b = real.deque(init, maxlen)
    for step in range(40):
        op = rng.randrange(18)
        v = rng.randrange(10)
        def do(d):
            try:
                if op == 0: return d.append(v)
                if op == 1: return d.appendleft(v)
                if op == 2: return d.pop()
                if op == 3: return d.popleft()
                if op == 4: return d.extend(range(v))
                if op == 5: return d.extendleft(range(v))
                if op == 6: return d.rotate(v - 5)
                if op == 7: return d.count(v)
                if op == 8: return d.index(v)
                if op == 9: return d.remove(v)
                if op == 10: return d.insert(v - 5, 'i')
                if op == 11: return d.reverse()
                if op == 12: return d[v - 5]
                if op == 13:
                    d[v - 5] = 'set'
                    return None
                if op == 14:
                    del d[v - 5]
                    return None
                if op == 15: return (v in d, len(d), list(reversed(d)))
                if op == 16: return d.index(v, 1, -1)
                if op == 17: return d.extend(d)
            except Exception as e:
                return ('raise', type(e).__name__, str(e))
        c.eq(do(a), do(b), 'deque op %d' % op)
        c.eq(repr(a), repr(b), 'deque repr after op %d' % op)
        c.eq(list(a), list(b), 'deque list')

for expr in ['C.deque()', 'C.deque([1, 2])', 'C.deque([1], maxlen=3)', 'C.deque("abc", 0)',
             'C.deque([1,2]) == C.deque([1,2])', 'C.deque([1,2]) < C.deque([1,3])',
             'C.deque([1,2]) == [1,2]', 'C.deque([1]) + C.deque([2])', 'C.deque([1]) + [2]',
             'C.deque([1,2]) * 3', '2 * C.deque([1])', 'C.deque([1,2], 3) * 2', 'C.deque([1]) * "a"',
             'C.deque().pop()', 'C.deque().popleft()', 'C.deque(maxlen=-1)', 'C.deque(maxlen=1.5)',
             'C.deque([1,2,3], 3).insert(0, 9)', 'C.deque([1])[5]', 'C.deque([1])["a"]',
             'C.deque([1,2,3]).index(9)', 'C.deque([1,2]).remove(9)', 'C.deque([1,2,3]).maxlen',
             'C.deque([1,2,3], 5).maxlen', 'C.deque([1,2]).copy()', 'C.deque([1, 2], 4).copy()',
             'bool(C.deque())', 'list(C.deque(range(10), 4))', 'C.deque([1,2,3]).index(1, "a")',
             'C.deque([1]).rotate("a")']:
    both(expr)
d = m.deque(); d.append(d)
c.eq(repr(d), 'deque([[...]])', 'recursive deque repr')
d = m.deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
    c.eq('no error', 'RuntimeError', 'mutation during iteration')
except RuntimeError as e:
    c.eq(str(e), 'deque mutated during iteration', 'mutation msg')
c.eq(list(copy.copy(m.deque([1, 2], 5))), [1, 2], 'copy deque')
c.eq(copy.deepcopy(m.deque([[1], 2], 5)).maxlen, 5, 'deepcopy deque')
dd = m.deque([1, 2]); dd += [3]; dd *= 2
c.eq(list(dd), [1, 2, 3, 1, 2, 3], 'iadd imul')

# ---- defaultdict ----------------------------------------------------------
for expr in ['C.defaultdict(list)', 'C.defaultdict()', 'C.defaultdict(None, {1: 2})',
             'C.defaultdict(int, a=1)', 'C.defaultdict(1)', 'C.defaultdict(list)[3]',
             'C.defaultdict()[3]', 'C.defaultdict(int, {1: 2}).copy()',
             'C.defaultdict(int, {1: 2}) | {3: 4}', '{3: 4} | C.defaultdict(int, {1: 2})',
             'isinstance(C.defaultdict(), dict)', 'C.defaultdict(list).default_factory',
             'C.defaultdict(lambda: 5, x=1)["y"] + 1']:
    both(expr)
x = m.defaultdict(list); x['k'].append(1); x['k'].append(2); x['j']
c.eq(repr(x), "defaultdict(<class 'list'>, {'k': [1, 2], 'j': []})", 'defaultdict usage')
x = m.defaultdict(list); x[1].append(x)
y = real.defaultdict(list); y[1].append(y)
c.eq(repr(x), repr(y), 'recursive defaultdict')
c.eq(repr(copy.deepcopy(m.defaultdict(list, {1: [2]}))), "defaultdict(<class 'list'>, {1: [2]})", 'deepcopy defaultdict')
c.eq(repr(pickle.loads(pickle.dumps(m.defaultdict(int, {1: 2})))), "defaultdict(<class 'int'>, {1: 2})", 'pickle defaultdict')

# ---- OrderedDict ----------------------------------------------------------
for trial in range(200):
    a = m.OrderedDict(); b = real.OrderedDict()
    for step in range(30):
        op = rng.randrange(7)
        k = rng.randrange(6)
        def do(d):
            try:
                if op == 0:
                    d[k] = step
                elif op == 1:
                    del d[k]
                elif op == 2:
                    return d.move_to_end(k, last=bool(step % 2))
                elif op == 3:
                    return d.popitem(last=bool(step % 2))
                elif op == 4:
                    return d.pop(k, None)
                elif op == 5:
                    return d.setdefault(k, 'sd')
                else:
                    d.update([(k, 'u')], z=1)
            except Exception as e:
                return ('raise', type(e).__name__, str(e))
        c.eq(do(a), do(b), 'OrderedDict op %d' % op)
        c.eq(repr(a), repr(b), 'OrderedDict repr')
        c.eq(list(reversed(a)), list(reversed(b)), 'OrderedDict reversed')
for expr in ['C.OrderedDict()', 'C.OrderedDict(a=1, b=2)', 'C.OrderedDict([(1, 2), (3, 4)])',
             'C.OrderedDict(a=1, b=2) == C.OrderedDict(b=2, a=1)', 'C.OrderedDict(a=1, b=2) == dict(b=2, a=1)',
             'C.OrderedDict(a=1, b=2) != C.OrderedDict(b=2, a=1)', 'C.OrderedDict().popitem()',
             'C.OrderedDict(a=1).move_to_end("b")', 'C.OrderedDict.fromkeys("abc", 0)',
             'C.OrderedDict(a=1) | {"b": 2}', '{"b": 2} | C.OrderedDict(a=1)', 'C.OrderedDict(a=1).copy()',
             'list(C.OrderedDict(a=1, b=2).items())']:
    both(expr)
o = m.OrderedDict(); o[1] = o
c.eq(repr(o), 'OrderedDict([(1, ...)])', 'recursive OrderedDict')
c.eq(repr(copy.deepcopy(m.OrderedDict(a=[1]))), "OrderedDict([('a', [1])])", 'deepcopy OrderedDict')
c.eq(repr(pickle.loads(pickle.dumps(m.OrderedDict(a=1, b=2)))), "OrderedDict([('a', 1), ('b', 2)])", 'pickle OrderedDict')

# ---- Counter ----------------------------------------------------------------
words = 'the quick brown fox jumps over the lazy dog the end fox'.split()
for expr in ['C.Counter()', 'C.Counter("abracadabra")', 'C.Counter(a=3, b=1)', 'C.Counter({"a": 0})',
             'C.Counter("abracadabra").most_common()', 'C.Counter("abracadabra").most_common(3)',
             'C.Counter("abracadabra").most_common(0)', 'C.Counter(w).most_common(2)',
             'sorted(C.Counter(a=2, b=0, c=-1, d=3).elements())', 'list(C.Counter(w).elements())',
             'C.Counter("aab") + C.Counter("abc")', 'C.Counter("aab") - C.Counter("abc")',
             'C.Counter(a=3, b=1) | C.Counter(a=1, b=2, c=1)', 'C.Counter(a=3, b=1) & C.Counter(a=1, b=2, c=1)',
             '+C.Counter(a=1, b=-2, c=0)', '-C.Counter(a=1, b=-2, c=0)',
             'C.Counter("abc")["z"]', 'C.Counter("aab") == C.Counter("aba")', 'C.Counter(a=1, b=0) == C.Counter(a=1)',
             'C.Counter(a=1) <= C.Counter(a=2)', 'C.Counter(a=1) < C.Counter(a=1)', 'C.Counter(a=3) >= C.Counter(a=2, b=1)',
             'C.Counter(a=3) > C.Counter(a=2)', 'C.Counter("ab") == {"a": 1, "b": 1}', 'C.Counter.fromkeys("ab")',
             'C.Counter(w).total()', 'C.Counter(a=1) + 1', 'C.Counter(a=1.5, b=2)', 'C.Counter({"a": "x", "b": 1})',
             'C.Counter(a=2).copy()', 'C.Counter("hello") - C.Counter(l=-3)']:
    both(expr, w=words)
a = m.Counter('hello world'); b = real.Counter('hello world')
a.update('lol', x=3); b.update('lol', x=3); c.eq(repr(a), repr(b), 'update')
a.update({'h': 5}); b.update({'h': 5}); c.eq(repr(a), repr(b), 'update mapping')
a.update(m.Counter(z=2)); b.update(real.Counter(z=2)); c.eq(repr(a), repr(b), 'update counter')
a.subtract('llll', q=2); b.subtract('llll', q=2); c.eq(repr(a), repr(b), 'subtract')
a.subtract({'o': 7}); b.subtract({'o': 7}); c.eq(repr(a), repr(b), 'subtract mapping')
del a['nope']; del b['nope']
a2 = m.Counter(a); b2 = real.Counter(b)
a2 += m.Counter('zzz'); b2 += real.Counter('zzz'); c.eq(repr(a2), repr(b2), 'iadd')
a2 -= m.Counter('hhh'); b2 -= real.Counter('hhh'); c.eq(repr(a2), repr(b2), 'isub')
a2 |= m.Counter(w=9); b2 |= real.Counter(w=9); c.eq(repr(a2), repr(b2), 'ior')
a2 &= m.Counter(w=4, z=100); b2 &= real.Counter(w=4, z=100); c.eq(repr(a2), repr(b2), 'iand')
e = m.Counter(); e['x'] += 1; e['x'] += 1
c.eq(repr(e), "Counter({'x': 2})", 'counter missing default')
for trial in range(100):
    data = [rng.randrange(8) for _ in range(rng.randrange(30))]
    data2 = [rng.randrange(8) for _ in range(rng.randrange(30))]
    for expr in ['C.Counter(d).most_common(3)', 'C.Counter(d) + C.Counter(e)', 'C.Counter(d) - C.Counter(e)',
                 'C.Counter(d) | C.Counter(e)', 'C.Counter(d) & C.Counter(e)', 'C.Counter(d) <= C.Counter(e)']:
        both(expr, d=data, e=data2)

# ---- namedtuple -------------------------------------------------------------
for expr in ['C.namedtuple("P", "x y")(1, 2)', 'C.namedtuple("P", "x, y")(x=1, y=2)',
             'C.namedtuple("P", ["x", "y"])(1, y=2)', 'C.namedtuple("P", "x y")(1)',
             'C.namedtuple("P", "x y")(1, 2, 3)', 'C.namedtuple("P", "x y")(1, z=2)',
             'C.namedtuple("P", "x y")(1, x=2)', 'C.namedtuple("P", "x y z")()', 'C.namedtuple("P", "x y z")(1)',
             'C.namedtuple("P", "x y", defaults=[1])(1, 2, 3)', 'C.namedtuple("P", "x y", defaults=[1])(5)',
             'C.namedtuple("P", "x y", defaults=[1, 2])()', 'C.namedtuple("P", "")(1)', 'C.namedtuple("P", "")()',
             'C.namedtuple("P", "x")()', 'C.namedtuple("P", "x y")(1, 2)._replace(z=1)',
             'C.namedtuple("P", "x y")(1, 2)._replace(y=5)', 'C.namedtuple("P", "x y")._make([1])',
             'C.namedtuple("P", "x y")._make(range(2))', 'C.namedtuple("P", "x y")(1, 2)._asdict()',
             'C.namedtuple("P", "x y")._fields', 'C.namedtuple("P", "x y z", defaults=(2, 3))._field_defaults',
             'C.namedtuple("P", "x y").__doc__', 'C.namedtuple("P", "x").x.__doc__',
             'C.namedtuple("P", "x y").__new__.__doc__', 'C.namedtuple("P", "x y")(1, 2).x',
             'C.namedtuple("P", "x y")(1, 2)[1]', 'C.namedtuple("P", "x y")(1, 2) == (1, 2)',
             'isinstance(C.namedtuple("P", "x y")(1, 2), tuple)', 'C.namedtuple("P", "a def class _x a", rename=True)._fields',
             'C.namedtuple("P", "x x")', 'C.namedtuple("P", "_x")', 'C.namedtuple("P", "def")', 'C.namedtuple("P", "1x")',
             'C.namedtuple("def", "x")', 'C.namedtuple("P", "x", defaults=[1, 2])', 'C.namedtuple("P", [1])',
             'C.namedtuple("P", "x y", module="foo").__module__', 'C.namedtuple("P", "x y").__match_args__',
             'C.namedtuple("P", "x y")(1, 2).__getnewargs__()', 'hash(C.namedtuple("P", "x y")(1, 2)) == hash((1, 2))',
             'C.namedtuple("P", "x y")(1, 2).__dict__', 'C.namedtuple("P", "x")(1)',
             'C.namedtuple("P", "x y")(x=1, y=2, z=3)', 'C.namedtuple("P", "x y z w")(1)']:
    both(expr)
P = m.namedtuple('Point', 'x y')
c.eq(P.__module__, __name__, 'namedtuple __module__ from caller')
p = P(1, 2)
try:
    p.x = 5
except AttributeError as ex:
    c.eq(str(ex), "can't set attribute", 'setattr msg')
c.eq(copy.copy(p), p, 'copy namedtuple')
c.eq(copy.deepcopy(P([1], 2)), P([1], 2), 'deepcopy namedtuple')
c.eq(P._make([3, 4]).y, 4, '_make')

# ---- ChainMap / UserDict / UserList (basic) ----------------------------------
for expr in ['C.ChainMap({1: 2}, {3: 4, 1: 5})', 'C.ChainMap({1: 2}, {3: 4, 1: 5})[1]',
             'list(C.ChainMap({1: 2}, {3: 4, 1: 5}))', 'len(C.ChainMap({1: 2}, {3: 4, 1: 5}))',
             'C.ChainMap({1: 2}).new_child({9: 9})', 'C.ChainMap({1: 2}, {3: 4}).parents', 'C.ChainMap()[1]',
             'C.UserDict(a=1)', 'C.UserDict({"a": 1})["a"]', 'C.UserList([1, 2]) + [3]', 'C.UserList([3, 1]) == [3, 1]',
             'C.UserString("abc").upper()', 'len(C.UserString("abc"))']:
    both(expr)

c.done()
