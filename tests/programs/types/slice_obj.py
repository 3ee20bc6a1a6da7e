# slice objects and indices().
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
print(s.indices(5), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
l = list(range(12))
print(l[s], l[slice(-3, None)], "abcdef"[slice(None, None, 2)])
class G:
    def __getitem__(self, k): return k
g = G()
print(g[1:2], g[1:2:3], g[:], g[1, 2], g[::], g[1:2, 3])
print(slice(1, 2) == slice(1, 2))
