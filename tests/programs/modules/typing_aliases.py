# typing: alias reprs, Union/Optional flattening, NamedTuple, TypedDict, Protocol.
from typing import (List, Dict, Optional, Union, Callable, Tuple, Any, Literal, TypeVar,
                    NamedTuple, TypedDict, Protocol, runtime_checkable, get_args, get_origin, cast)
T = TypeVar('T')
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str, None], Union[int])
print(Callable[[int], str], Callable[..., int], Tuple[int, ...], Any, Literal[1, 'a'], List[T])
print(Union[int, str] == Union[str, int], get_origin(List[int]), get_args(Callable[[int], str]))
class P(NamedTuple):
    x: int
    y: str = 'a'
print(P(1), P._field_defaults, P.__annotations__)
class Movie(TypedDict, total=False):
    name: str
print(type(Movie(name='x')), Movie.__total__, cast(int, 'v'))
@runtime_checkable
class Closer(Protocol):
    def close(self): ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer))
try:
    isinstance(1, List[int])
except TypeError as e:
    print(e)
