# Reflected operands (__radd__ etc.) and NotImplemented fallback.
class N:
    def __init__(self, v): self.v = v
    def __repr__(self): return "N(%r)" % self.v
    def __add__(self, o):
        if isinstance(o, N): return N(self.v + o.v)
        if isinstance(o, int): return N(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd called")
        return N(o + self.v)
    def __rsub__(self, o): return N(o - self.v)
    def __rmul__(self, o): return N(o * self.v)
    def __rpow__(self, o): return N(o ** self.v)
print(N(1) + 2, 2 + N(1), 10 - N(3), 3 * N(4), 2 ** N(5))
print(sum([N(1), N(2)], N(0)))
print(sum([N(1), N(2)]))
try:
    N(1) + "s"
except TypeError as e:
    print(e)
class Sub(N):
    def __radd__(self, o):
        return "Sub.__radd__ wins"
print(N(1) + Sub(2))
