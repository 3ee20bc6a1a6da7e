# issubclass with collections.abc and registration.
from collections.abc import Iterable, Sized, Mapping, Sequence, Hashable, Callable
print(issubclass(list, Iterable), issubclass(dict, Mapping), issubclass(tuple, Sequence), issubclass(int, Iterable))
print(isinstance([], Hashable), isinstance((), Hashable), isinstance(len, Callable), isinstance("", Sized))
class Mine:
    def __iter__(self): return iter([])
print(isinstance(Mine(), Iterable), isinstance(Mine(), Sized))
