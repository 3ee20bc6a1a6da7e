# dataclasses: generated __init__, __repr__, __eq__, order, defaults.
from dataclasses import dataclass, field
@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = P(1)
print(p, p == P(1), p == P(1, 2))
@dataclass(order=True, frozen=True)
class V:
    a: int
    b: str
print(sorted([V(2, "a"), V(1, "z"), V(1, "b")]))
try:
    V(1, "a").a = 5
except Exception as e:
    print(type(e).__name__)
print(hash(V(1, "a")) == hash(V(1, "a")))
