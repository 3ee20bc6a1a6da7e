# Threads get and set attributes of shared instances and read class attributes.
from _race import SIZES, run

class Point:
    scale = 3
    kind = "point"

    def __init__(self):
        self.x = 0
        self.y = 0

    def norm1(self):
        return abs(self.x) + abs(self.y)

class Slots:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "f%d" % i, 0)

K = 2000

def own_attr(i, obj):
    # Thread i writes only attribute f<i>; everyone reads Point's class attrs.
    name = "f%d" % i
    bad = 0
    for j in range(K):
        setattr(obj, name, getattr(obj, name) + 1)
        if Point.scale != 3 or Point.kind != "point":
            bad += 1
    return bad

def shared_point(i, p):
    # Racy writes of whole values: every read must be a value someone wrote.
    bad = 0
    for j in range(K):
        p.x = i
        p.y = -i
        v = p.x
        if not (0 <= v < 8):
            bad += 1
        if p.norm1() > 14:
            bad += 1
        if p.scale != 3:
            bad += 1
    return bad

def add_remove(i, obj):
    # Create and delete private attributes on a shared object.
    for j in range(K // 4):
        name = "t%d_%d" % (i, j % 16)
        setattr(obj, name, j)
        if getattr(obj, name) != j:
            return 1
        delattr(obj, name)
    return 0

for rep in range(3):
    for n in SIZES:
        obj = Slots(n)
        assert sum(run(n, own_attr, obj)) == 0
        assert all(getattr(obj, "f%d" % i) == K for i in range(n))
        p = Point()
        assert sum(run(n, shared_point, p)) == 0
        assert sum(run(n, add_remove, obj)) == 0
        left = sorted(k for k in vars(obj) if k.startswith("t"))
        assert left == [], left
        if rep == 0:
            print("n=%d attrs=%d sum=%d" % (n, len(vars(obj)), sum(vars(obj).values())))
print("ok")
