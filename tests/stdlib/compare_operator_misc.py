"""Compare gilfree's operator.py, keyword.py and types.py against CPython."""
import keyword as rkeyword
import operator as real
import types as rtypes

from _load import load, Checker

m = load('operator')
kw = load('keyword')
ty = load('types')
c = Checker('operator+keyword+types')


def run(f):
    try:
        return ('ok', f())
    except Exception as e:
        return ('raise', type(e).__name__, str(e))


def both(f, what):
    got = run(lambda: f(m))
    got = tuple(x.replace('gf_operator', 'operator') if isinstance(x, str) else x for x in got)
    c.eq(got, run(lambda: f(real)), what)


binary = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and_', 'or_',
          'xor', 'is_', 'is_not', 'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'concat', 'contains', 'countOf',
          'indexOf', 'getitem', 'iadd', 'isub', 'imul', 'itruediv', 'ifloordiv', 'imod', 'ipow', 'ilshift',
          'irshift', 'iand', 'ior', 'ixor', 'iconcat']
unary = ['neg', 'pos', 'abs', 'invert', 'inv', 'not_', 'truth', 'index', 'length_hint']
values = [0, 1, -3, 7, 2.5, 'ab', [1, 2], (1,), {1: 2}, None, True]
for name in binary:
    c.eq(hasattr(m, name), True, 'has ' + name)
    c.eq(hasattr(m, '__%s__' % name.rstrip('_')), hasattr(real, '__%s__' % name.rstrip('_')), 'dunder ' + name)
    for a in values:
        for b in values:
            both(lambda O: getattr(O, name)(list(a) if isinstance(a, list) else a, b), '%s(%r, %r)' % (name, a, b))
for name in unary:
    for a in values:
        both(lambda O: getattr(O, name)(a), '%s(%r)' % (name, a))
both(lambda O: O.length_hint(iter([1, 2, 3])), 'length_hint iter')
both(lambda O: O.length_hint(object(), 5), 'length_hint default')
both(lambda O: O.length_hint([], 'x'), 'length_hint bad default')
def si(O):
    d = {}
    O.setitem(d, 'k', 1)
    O.delitem(d, 'k')
    O.setitem(d, 'j', 2)
    return d
both(si, 'setitem/delitem')
both(lambda O: O.delitem({}, 'x'), 'delitem missing')
both(lambda O: O.call(max, 1, 5, key=lambda x: -x), 'call')
both(lambda O: O.matmul(1, 2), 'matmul')

class P:
    def __init__(self):
        self.a = 1
        self.child = self
        self.name = 'p'
    def meth(self, *a, **k):
        return (a, sorted(k.items()))
p = P()
for args in [('a',), ('child.child.a',), ('a', 'name'), ('missing',), ('child.missing',)]:
    both(lambda O: O.attrgetter(*args)(p), 'attrgetter%r' % (args,))
    both(lambda O: repr(O.attrgetter(*args)), 'attrgetter repr %r' % (args,))
both(lambda O: O.attrgetter(1), 'attrgetter non-str')
for args in [(1,), (0, 2), ('k',), (slice(1, 3),), (9,)]:
    both(lambda O: O.itemgetter(*args)([10, 20, 30, 40]) if args != ('k',) else O.itemgetter(*args)({'k': 1}), 'itemgetter%r' % (args,))
    both(lambda O: repr(O.itemgetter(*args)), 'itemgetter repr %r' % (args,))
both(lambda O: O.itemgetter(), 'itemgetter no args')
both(lambda O: O.attrgetter(), 'attrgetter no args')
both(lambda O: O.methodcaller(), 'methodcaller no args')
both(lambda O: O.methodcaller('meth', 1, 2, x=3)(p), 'methodcaller')
both(lambda O: repr(O.methodcaller('meth', 1, 'a', x=3)), 'methodcaller repr')
both(lambda O: O.methodcaller(5), 'methodcaller non-str')
both(lambda O: sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=O.itemgetter(0, 1)), 'itemgetter sort')

c.eq(kw.kwlist, rkeyword.kwlist, 'kwlist')
c.eq(kw.softkwlist, rkeyword.softkwlist, 'softkwlist')
for w in ['if', 'match', 'case', '_', 'print', 'True', 'async', 'foo']:
    c.eq(kw.iskeyword(w), rkeyword.iskeyword(w), 'iskeyword ' + w)
    c.eq(kw.issoftkeyword(w), rkeyword.issoftkeyword(w), 'issoftkeyword ' + w)

for name in ['FunctionType', 'LambdaType', 'CodeType', 'MethodType', 'BuiltinFunctionType',
             'BuiltinMethodType', 'GeneratorType', 'ModuleType', 'NoneType', 'NotImplementedType',
             'EllipsisType', 'CellType', 'FrameType', 'TracebackType', 'MappingProxyType',
             'GetSetDescriptorType', 'GenericAlias', 'UnionType']:
    c.eq(getattr(ty, name, None), getattr(rtypes, name), 'types.' + name)
ns = ty.SimpleNamespace(a=1, b='x')
rns = rtypes.SimpleNamespace(a=1, b='x')
c.eq(repr(ns), repr(rns), 'SimpleNamespace repr')
c.eq(repr(ty.SimpleNamespace()), repr(rtypes.SimpleNamespace()), 'empty namespace repr')
ns.c = 3
c.eq((ns.a, ns.c, ns == ty.SimpleNamespace(a=1, b='x', c=3), ns != ty.SimpleNamespace()), (1, 3, True, True), 'namespace attrs/eq')
c.eq(run(lambda: hash(ns))[:2], ('raise', 'TypeError'), 'namespace unhashable')
c.eq(run(lambda: ty.SimpleNamespace(1)), run(lambda: rtypes.SimpleNamespace(1))[:1] + run(lambda: ty.SimpleNamespace(1))[1:], 'namespace positional rejected')
c.eq(type(ty.new_class('X', (int,))(5)).__mro__[1], int, 'new_class')
c.done()
