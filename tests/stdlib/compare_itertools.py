"""Compare gilfree's itertools.py against CPython's itertools."""
import itertools as real
import operator
import random

from _load import load, Checker

m = load('itertools')
c = Checker('itertools')
rng = random.Random(3)


def take(it, n=50):
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out


def run(f):
    try:
        return ('ok', f())
    except Exception as e:
        return ('raise', type(e).__name__, str(e))


def both(name, *args, n=50, post=None, **kw):
    def go(mod):
        def f():
            it = getattr(mod, name)(*args, **kw)
            assert iter(it) is it
            r = take(it, n)
            return post(r) if post else r
        return run(f)
    c.eq(go(m), go(real), '%s%r %r' % (name, args, kw))


for s in ([], [1], [1, 2, 3], 'abcd', range(7)):
    both('cycle', s, n=20)
    both('accumulate', s if not isinstance(s, str) else list(map(ord, s)))
    both('accumulate', s, initial='x' if isinstance(s, str) else 100)
    both('accumulate', [3, 1, 4, 1, 5, 9, 2, 6], max)
    both('accumulate', [3, 1, 4], operator.mul, initial=2)
    both('chain', s, s, [], 'xy')
    both('compress', s, [1, 0, 1, 1, 0])
    both('dropwhile', lambda x: x in (1, 'a', 0), s)
    both('takewhile', lambda x: x in (1, 'a', 0, 2), s)
    both('filterfalse', lambda x: x == 2, s)
    both('filterfalse', None, [0, 1, '', 'a', None, [], [0]])
    both('pairwise', s)
    both('starmap', pow, [(2, 3), (3, 2), (10, 0)])
    both('zip_longest', s, 'xy', range(5), fillvalue='-')
    both('zip_longest')
    both('zip_longest', s)
    for r in (None, 0, 1, 2, 3, 5):
        both('permutations', s, r, n=1000)
        if r is not None:
            both('combinations', s, r, n=1000)
            both('combinations_with_replacement', s, r, n=1000)
    both('product', s, 'ab', n=1000)
    both('product', s, repeat=2, n=1000)
    both('product', n=1000)
    both('product', s, [], n=1000)
    both('product', 'ab', repeat=0, n=1000)
both('chain', 1, 2)
both('permutations', 'abc', -1)
both('permutations', 'abc', 'x')
both('combinations', 'abc', -1)
both('combinations_with_replacement', 'abc', -2)
both('product', 'ab', repeat=-1)
both('count', n=5)
both('count', 5, n=5)
both('count', 5, -2, n=5)
both('count', 0.5, 0.1, n=30)
both('count', 'a')
both('repeat', 'x', 3)
both('repeat', 'x', -3)
both('repeat', 'x', n=7)
c.eq(take(m.chain.from_iterable(['ab', 'cd', '', 'e'])), take(real.chain.from_iterable(['ab', 'cd', '', 'e'])), 'from_iterable')
for expr in ['count()', 'count(5)', 'count(5, 2)', 'count(1.5)', 'count(0, 1.0)', 'count(3, -1)',
             'repeat(1)', 'repeat("a", 3)', 'repeat(None, -2)']:
    c.eq(repr(eval(expr, vars(m))), repr(eval(expr, vars(real))), 'repr ' + expr)
r1 = m.repeat('a', 3); r2 = real.repeat('a', 3); next(r1); next(r2)
c.eq(repr(r1), repr(r2), 'repr after next')
c.eq(operator.length_hint(r1), operator.length_hint(r2), 'repeat length_hint')
c.eq(run(lambda: len(m.repeat(1)))[:2], run(lambda: len(real.repeat(1)))[:2], 'len repeat (message differs: repeat vs itertools.repeat)')
ct1 = m.count(); ct2 = real.count(); take(ct1, 10); take(ct2, 10)
c.eq(repr(ct1), repr(ct2), 'count repr after next')

# groupby, including lazily consumed / skipped groups
data = 'aaabbbccaaddd'
def gb_all(mod, data, key=None):
    return [(k, list(g)) for k, g in mod.groupby(data, key)]
def gb_skip(mod, data, key=None):
    out = []
    groups = []
    for k, g in mod.groupby(data, key):
        groups.append(g)
        out.append(k)
    out.append([list(g) for g in groups])
    return out
def gb_partial(mod, data):
    out = []
    for k, g in mod.groupby(data):
        out.append((k, next(g)))
    return out
for trial in range(100):
    data = [rng.randrange(3) for _ in range(rng.randrange(15))]
    c.eq(gb_all(m, data), gb_all(real, data), 'groupby')
    c.eq(gb_all(m, data, lambda x: x % 2), gb_all(real, data, lambda x: x % 2), 'groupby key')
    c.eq(gb_skip(m, data), gb_skip(real, data), 'groupby skipped groups')
    c.eq(gb_partial(m, data), gb_partial(real, data), 'groupby partial')

# islice: all argument forms, errors, and how much input is consumed
for args in [(5,), (None,), (2, 5), (2, None), (None, 5), (0, 10, 3), (1, 9, 2), (3, 3), (5, 2),
             (0, 5, None), (2, None, 4), (-1,), (1, -1), (0, 5, 0), (0, 5, -1), ('a',), (1.0,),
             (0, 2 ** 70), (), (1, 2, 3, 4), (0, 7, 3), (0, 6, 3)]:
    def f(mod):
        src = iter(range(20))
        def g():
            r = list(mod.islice(src, *args))
            return r, next(src, 'END')
        return run(g)
    c.eq(f(m), f(real), 'islice%r' % (args,))

# tee
for trial in range(50):
    data = list(range(rng.randrange(10)))
    a1, a2, a3 = m.tee(data, 3)
    out = [take(a1, 3), take(a3, 1), take(a2, 10), take(a1, 10), take(a3, 10)]
    b1, b2, b3 = real.tee(data, 3)
    want = [take(b1, 3), take(b3, 1), take(b2, 10), take(b1, 10), take(b3, 10)]
    c.eq(out, want, 'tee')
t1, t2 = m.tee(iter('abcdef'))
next(t1)
t3, t4 = m.tee(t1)
c.eq([list(t3), list(t4), list(t2)], [list('bcdef'), list('bcdef'), list('abcdef')], 'tee of tee')
c.eq(run(lambda: m.tee('ab', 0)), run(lambda: real.tee('ab', 0)), 'tee 0')
c.eq(run(lambda: m.tee('ab', -1)), run(lambda: real.tee('ab', -1)), 'tee neg')
c.eq(len(m.tee('abc', 5)), 5, 'tee 5')
c.done()
