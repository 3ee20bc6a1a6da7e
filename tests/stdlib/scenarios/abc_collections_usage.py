# modules: abc,collections.abc
import abc
from collections.abc import (Iterable, Iterator, Sized, Mapping, MutableMapping, Sequence, MutableSequence,
                             Set, MutableSet, Hashable, Callable, Generator, Collection, Reversible, Container,
                             KeysView, ItemsView, ValuesView)
import collections
for t in (list, tuple, dict, set, frozenset, str, bytes, bytearray, range, int, type(None), collections.deque,
          collections.OrderedDict, collections.Counter, type({}.keys()), type(iter([])), type(x for x in ())):
    print(t.__name__, [a.__name__ for a in (Iterable, Iterator, Sized, Mapping, MutableMapping, Sequence,
          MutableSequence, Set, MutableSet, Hashable, Callable, Generator, Collection, Reversible, Container)
          if issubclass(t, a)])
print(isinstance(len, Callable), isinstance(lambda: 0, Callable), isinstance(print, Callable), isinstance(1, Callable))
class Base(abc.ABC):
    @abc.abstractmethod
    def a(self): ...
    @abc.abstractmethod
    def b(self): ...
    @property
    @abc.abstractmethod
    def p(self): ...
for cls in (Base, type('Half', (Base,), {'a': lambda s: 1})):
    try: cls()
    except TypeError as e: print(e)
class Full(Base):
    def a(self): return 1
    def b(self): return 2
    p = 3
print(Full().a(), Full.__abstractmethods__)
class Reg(abc.ABC): pass
Reg.register(int)
print(isinstance(1, Reg), issubclass(bool, Reg), issubclass(str, Reg))
try: Reg.register(5)
except TypeError as e: print(e)
class Sub(Reg): pass
try: Sub.register(Reg)
except RuntimeError as e: print(e)
class S(Set):
    def __init__(self, it=()): self.d = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.d
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
a, b = S([1, 2, 3]), S([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= S([1, 2, 3, 4]), a == S([3, 2, 1]), a.isdisjoint([9]))
class MS(MutableSet, S):
    def add(self, x):
        if x not in self.d: self.d.append(x)
    def discard(self, x):
        if x in self.d: self.d.remove(x)
m = MS([1, 2]); m |= {3}; m -= {1}; print(sorted(m), m.pop(), len(m))
class L(MutableSequence):
    def __init__(self): self.d = []
    def __getitem__(self, i): return self.d[i]
    def __setitem__(self, i, v): self.d[i] = v
    def __delitem__(self, i): del self.d[i]
    def __len__(self): return len(self.d)
    def insert(self, i, v): self.d.insert(i, v)
l = L(); l.extend([3, 1, 2]); l.append(5); l.reverse(); l.remove(1); l += [7]
print(l.d, l.pop(), l.index(3), l.count(2), list(reversed(l)), 2 in l)
try: l.index(99)
except ValueError as e: print("ValueError", repr(e))
class M(Mapping):
    def __getitem__(self, k): return {'a': 1, 'b': 2}[k]
    def __iter__(self): return iter('ab')
    def __len__(self): return 2
mm = M()
print(type(mm.keys()).__name__, list(mm.items()), list(mm.values()), mm == {'a': 1, 'b': 2}, mm.get('z', 0), 'a' in mm, ('a', 1) in mm.items())
print(Sequence[int], Mapping[str, int], Callable.__module__, Iterable.__name__)
