# match class patterns with __match_args__ and keyword patterns.
class Pt:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
def where(p):
    match p:
        case Pt(0, 0): return "origin"
        case Pt(0, y): return "on y at %d" % y
        case Pt(x=x, y=0): return "on x at %d" % x
        case Pt(x, y) if x == y: return "diagonal"
        case Pt(): return "elsewhere"
        case int(n) | float(n): return "number %r" % n
        case (1, 2) as t: return "tuple %r" % (t,)
    return "no match"
for p in (Pt(0, 0), Pt(0, 5), Pt(3, 0), Pt(2, 2), Pt(1, 9), 4, 2.5, (1, 2), "s"):
    print(where(p))
