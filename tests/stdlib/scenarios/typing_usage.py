# modules: typing
from typing import *
import typing
class Movie(TypedDict, total=False):
    name: str
    year: int
m = Movie(name='x')
print(type(m), m, Movie.__annotations__, Movie.__total__, Movie.__mro__, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
M2 = TypedDict('M2', {'a': int})
print(M2(a=1), M2.__name__)
T = TypeVar('T'); K = TypeVar('K', bound=int); V = TypeVar('V', int, str, covariant=True)
print(T, K, V, repr(T), T.__name__, K.__bound__, V.__constraints__)
print(List, List[int], Dict[str, List[int]], Optional[int], Union[int, str, None], Union[int], Callable[[int], str], Callable[..., int], Tuple[int, ...], Tuple[()], Type[int], Any, Literal[1, 'a'], ClassVar[int], Final[int], Iterable[T], Mapping[K, V])
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]))
class Stack(Generic[T]):
    def __init__(self): self.items = []
print(Stack[int], Stack.__parameters__, Stack.__orig_bases__, Stack[int]().items, Stack.__mro__)
class P(NamedTuple):
    x: int
    y: str = 'a'
    def m(self): return self.x
print(P(1), P(1).m(), P._fields, P._field_defaults, P.__mro__, P.__annotations__)
Q = NamedTuple('Q', [('a', int)])
print(Q(3))
@runtime_checkable
class Closer(Protocol):
    def close(self): ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer))
class NR(Protocol):
    def x(self): ...
try: isinstance(1, NR)
except TypeError as e: print(e)
try: NR()
except TypeError as e: print(e)
print(cast(int, "x"), TYPE_CHECKING)
UserId = NewType('UserId', int)
print(UserId, UserId(5))
print(repr(Any), isinstance(1, List), List[int].__origin__, typing.Text, AnyStr)
try: isinstance(1, List[int])
except TypeError as e: print(e)
@overload
def f(x: int) -> int: ...
def f(x): return x
print(f(2))
def g(a: 'int', b: List[int]) -> None: pass
print(get_type_hints(g))
print(Optional[List[int]], Union[int, List[str]])
try: Union[()]
except TypeError as e: print(e)
print(Generic, Protocol, typing.Sized, typing.Hashable, typing.Counter[str], typing.DefaultDict[str,int], typing.Deque[int])
print(Annotated[int, "meta"], Literal["a"])
