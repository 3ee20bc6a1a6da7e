# dict subclasses: __init__ via super(), __missing__, fromkeys, copy, | and repr.
class D(dict):
    def __missing__(self, key):
        return key * 2
d = D(a=1)
print(d, d['zz'], d.get('zz'), repr(d), 'zz' in d)
class E(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = 1
e = E([(1, 2)], x=3)
print(e, e.extra, e.copy(), type(e.copy()).__name__)
class F(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
f = F({1: 1}); f[2] = 2; f.update({3: 3}); dict.__init__(f, {4: 4})
print(f, F.fromkeys([1, 2], 5), type(F.fromkeys([1], 0)).__name__)
try:
    E()[5]
except KeyError as ex:
    print("KeyError", ex)
class G(dict): pass
g = G(); g[1] = 2
print(g, g == {1: 2}, {1: 2} == g, g | {3: 4}, type(g | {3: 4}).__name__, dict(G(x=1)))
class H(dict):
    def keys(self):
        return ['k']
    def __getitem__(self, key):
        return 'v'
    def __iter__(self):
        return iter(['k'])
print(dict(H(a=1)), dict(G(y=2)))
class M:
    def keys(self):
        return [1, 2]
    def __getitem__(self, k):
        return k * 100
print(dict(M()), {0: 0} | dict(M()))
