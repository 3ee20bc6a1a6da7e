# list[int], dict[str, int], type[int]...: types.GenericAlias objects.
import types
import collections

a = list[int]
print(a, repr(dict[str, int]), tuple[int, ...], tuple[()], type[int], set[frozenset[str]])
print(a.__origin__, a.__args__, dict[str, int].__args__, a.__parameters__)
print(type(a) is types.GenericAlias, type(a).__name__, type(a).__module__)
print(a == list[int], a == list[str], a == list, hash(a) == hash(list[int]))
print(a([1, 2]), dict[str, int](x=1), list[list[int]], enumerate[str])
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, (str, list[int])))
print(isinstance(a, type), isinstance([], list))
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
print(collections.deque[int])
class Sub(list):
    pass
print(Sub[int].__origin__ is Sub)
try:
    int[str]
except TypeError as e:
    print(e)
