# modules: dataclasses
from dataclasses import dataclass, field, KW_ONLY, fields, asdict, astuple, replace, is_dataclass, InitVar, FrozenInstanceError, make_dataclass
from typing import ClassVar, List
@dataclass
class P:
    x: int
    y: int = 0
for args, kw in [((), {}), ((1,2,3), {}), ((1,), {'z': 2}), ((1,), {'x': 2}), ((1,2,3,4),{})]:
    try: P(*args, **kw)
    except TypeError as e: print(e)
@dataclass
class Q:
    a: int
    b: int
    _: KW_ONLY
    c: int
    d: int = 3
for args, kw in [((), {}), ((1,), {}), ((1,2), {}), ((1,2,3), {}), ((1,2,3), {'c': 1})]:
    try: Q(*args, **kw)
    except TypeError as e: print(e)
print(Q(1,2,c=5), P.__init__.__qualname__, P.__repr__.__qualname__)
@dataclass
class R:
    a: int
    b: int
    c: int
try: R()
except TypeError as e: print(e)
@dataclass
class S:
    name: str
    tags: list = field(default_factory=list)
    hidden: int = field(default=7, repr=False)
    cnt: ClassVar[int] = 0
    k: InitVar[int] = 1
    def __post_init__(self, k):
        self.total = k * 2
s = S("n", k=4)
print(s, s.total, s.hidden, S.cnt, [f.name for f in fields(S)])
print(asdict(s), astuple(s), replace(s, name="m", k=1), is_dataclass(s), is_dataclass(S), is_dataclass(1))
@dataclass(frozen=True)
class F:
    a: int
    b: list = field(default_factory=list, compare=False)
f = F(1)
try: f.a = 2
except FrozenInstanceError as e: print(type(e).__name__, e, isinstance(e, AttributeError))
try: del f.a
except FrozenInstanceError as e: print(e)
print(hash(f) == hash((1,)), F(1) == F(1, [2]))
@dataclass(order=True)
class O:
    a: int
    b: str = "x"
print(sorted([O(2), O(1, "z"), O(1, "a")]), O(1) < O(2), O(1) <= O(1))
try: O(1) < 1
except TypeError as e: print(e)
print(O.__hash__, P.__eq__(P(1), 1))
@dataclass(unsafe_hash=True)
class H:
    a: int
print(hash(H(3)) == hash((3,)))
@dataclass
class Child(P):
    z: int = 5
print(Child(1, 2, 3), Child.__match_args__)
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e: print(e)
try:
    @dataclass(order=True)
    class Bad3:
        x: int
        def __lt__(self, o): return True
except TypeError as e: print(e)
try:
    @dataclass
    class Bad4(F):
        c: int = 0
except TypeError as e: print(e)
@dataclass(slots=True)
class Sl:
    a: int
    b: int = 2
sl = Sl(1)
print(sl, Sl.__slots__, hasattr(sl, '__dict__'))
try: sl.c = 1
except AttributeError as e: print("slot AttributeError")
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 1
print(K(a=3))
try: K(1)
except TypeError as e: print(e)
@dataclass
class Rec:
    items: List[int]
    other: "Rec" = None
r = Rec([1]); r.other = r
print(r)
@dataclass(repr=False, eq=False)
class NoRepr:
    a: int
print(NoRepr(1) == NoRepr(1), 'object at' in repr(NoRepr(1)))
print(fields(P)[0].name, fields(P)[0].type, fields(P)[1].default)
try: fields(1)
except TypeError as e: print(e)
try: replace(s, k=None, hidden=3, total=1)
except TypeError as e: print(e)
@dataclass
class NoInit:
    a: int
    b: list = field(init=False, default_factory=list)
    c: int = field(init=False, default=9)
n = NoInit(1)
print(n, n.c)
try: replace(n, b=[1])
except ValueError as e: print(e)
print(S.__doc__)
