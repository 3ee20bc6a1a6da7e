# int | str: types.UnionType (PEP 604), flattened and deduplicated.
import types
import typing

u = int | str
print(u, type(u).__name__, type(u).__module__, type(u) is types.UnionType)
print(u.__args__, int | None, None | int, int | str | float | int, int | int)
print(list[int] | None, int | list[int], (int | str) | (bytes | int))
print(u == (str | int), u == (int | float), hash(u) == hash(str | int))
print(isinstance(1, u), isinstance(b"", u), isinstance(None, int | None))
print(issubclass(bool, u), issubclass(bytes, u))
print(typing.get_origin(u) is types.UnionType, typing.get_args(u))
print(u == typing.Union[int, str], typing.Union[u, float])
for bad in (lambda: int | "str", lambda: int | 3, lambda: types.UnionType(),
            lambda: issubclass(1, u)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    isinstance([], str | list[int])
except TypeError as e:
    print("TypeError:", e)
