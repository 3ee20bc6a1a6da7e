# Sorting records with operator.itemgetter / attrgetter and multiple keys.
from operator import itemgetter, attrgetter
rows = [("b", 2, 9.0), ("a", 2, 1.0), ("c", 1, 5.0)]
print(sorted(rows, key=itemgetter(1, 0)), sorted(rows, key=itemgetter(2), reverse=True))
class E:
    def __init__(self, n, a): self.n, self.a = n, a
    def __repr__(self): return self.n
es = [E("x", 3), E("y", 1), E("z", 3)]
print(sorted(es, key=attrgetter("a")), max(es, key=attrgetter("a")))
