"""Import every gilfree module from crates/runtime/lib *as the real name*
(shadowing CPython's stdlib) and run a smoke test, so the modules are
exercised importing each other (collections -> keyword/operator/heapq,
functools -> collections, random -> bisect, copy -> types ...).

Run with:  python3 -S -I tests/stdlib/shadow_import.py
"""
import os
import sys

LIB = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..',
                                   'crates', 'runtime', 'lib'))
# CPython's importlib first: gilfree's lib has its own importlib package,
# which must not stand in for the one this script uses to load files.
import importlib.util
sys.path.insert(0, LIB)
NAMES = ['keyword', 'types', 'operator', 'bisect', 'heapq', 'itertools',
         'collections', 'functools', 'string', 'copy', 'random', 'array']
for name in NAMES:
    sys.modules.pop(name, None)
import importlib.util
mods = {}
for name in NAMES:
    if name in sys.builtin_module_names:
        # Built into CPython (e.g. itertools): sys.path cannot shadow it,
        # so load our file explicitly under the real name.
        spec = importlib.util.spec_from_file_location(
            name, os.path.join(LIB, name + '.py'))
        mod = importlib.util.module_from_spec(spec)
        sys.modules[name] = mod
        spec.loader.exec_module(mod)
    mods[name] = __import__(name)
bad = [n for n, mod in mods.items()
       if not os.path.abspath(mod.__file__).startswith(LIB + os.sep)]
assert not bad, 'not shadowed: %r' % bad
for n, mod in mods.items():
    assert mod.__doc__ and mod.__doc__.strip(), 'missing docstring: ' + n

import collections, functools, itertools, random, copy, string, array, heapq

P = collections.namedtuple('P', 'x y', defaults=[0])
assert repr(P(1)) == 'P(x=1, y=0)'
assert P.__module__ == '__main__'
assert collections.Counter('aab').most_common(1) == [('a', 2)]


@functools.lru_cache(maxsize=2)
def f(x):
    return x * 2


f(1); f(1); f(2); f(3)
assert repr(f.cache_info()) == 'CacheInfo(hits=1, misses=3, maxsize=2, currsize=2)', f.cache_info()
assert list(itertools.islice(itertools.count(), 2, 8, 3)) == [2, 5]
random.seed(42)
assert random.random() == 0.6394267984578837
assert [random.randint(1, 10) for _ in range(3)] == [1, 5, 4]
d = collections.deque([[1]], maxlen=3)
d2 = copy.deepcopy(d)
assert d2 == d and d2[0] is not d[0] and d2.maxlen == 3
assert string.Template('$a-${b}').substitute(a=1, b=2) == '1-2'
assert array.array('f', [0.1]).tolist() == [0.10000000149011612]
assert heapq.nsmallest(2, [5, 1, 4]) == [1, 4]
print('shadow_import: OK (%d modules imported from %s)' % (len(mods), LIB))
