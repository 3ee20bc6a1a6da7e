# dataclasses: __init__ argument errors, kw_only, frozen, replace, asdict.
from dataclasses import dataclass, field, KW_ONLY, asdict, replace, FrozenInstanceError
@dataclass
class P:
    x: int
    y: int = 0
for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {'z': 2}), ((1,), {'x': 2})]:
    try:
        P(*args, **kw)
    except TypeError as e:
        print(e)
@dataclass
class Q:
    a: int
    _: KW_ONLY
    c: int
    d: list = field(default_factory=list)
try:
    Q(1)
except TypeError as e:
    print(e)
q = Q(1, c=2)
print(q, asdict(q), replace(q, c=5), Q.__match_args__)
@dataclass(frozen=True)
class F:
    a: int
try:
    F(1).a = 2
except FrozenInstanceError as e:
    print(e)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print(e)
