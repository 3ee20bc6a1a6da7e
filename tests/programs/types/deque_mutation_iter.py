# collections.deque: which changes invalidate iterators ("deque mutated during
# iteration", sticky), and methods whose __eq__ mutates the deque.
from collections import deque


def step(it):
    try:
        return next(it)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


def probe(name, change, rev=False):
    d = deque([1, 2, 3, 4])
    it = reversed(d) if rev else iter(d)
    next(it)
    change(d)
    print(name, step(it), step(it))


probe('rotate', lambda d: d.rotate(1))
probe('rotate0', lambda d: d.rotate(0))
probe('setitem', lambda d: d.__setitem__(0, 9))
probe('setitem-rev', lambda d: d.__setitem__(2, 9), True)
probe('reverse', lambda d: d.reverse())
probe('append', lambda d: d.append(1))
probe('appendleft-rev', lambda d: d.appendleft(1), True)
probe('pop', lambda d: d.pop())
probe('clear', lambda d: d.clear())
probe('insert', lambda d: d.insert(1, 5))
probe('remove', lambda d: d.remove(3))
probe('delitem', lambda d: d.__delitem__(3))
probe('imul1', lambda d: d.__imul__(1))
probe('imul2', lambda d: d.__imul__(2))
probe('extend-empty', lambda d: d.extend([]))
probe('init', lambda d: d.__init__([1, 2, 3, 4]))

d = deque([1, 2])
it = iter(d)
print(list(it))
d.append(3)
print(step(it))
d = deque()
it = iter(d)
d.clear()
print(step(it))
d = deque([1])
it = iter(d)
d.rotate(3)
print(step(it))


class Meddler:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.append(0)
        return False


for name in ['remove', 'count', 'index', '__contains__']:
    d = deque([1, 2, 3])
    try:
        print(name, getattr(d, name)(Meddler(d)))
    except Exception as e:
        print(name, type(e).__name__, e)


class Same:
    def __eq__(self, other):
        return True


d = deque([5, 6])
print(d.index(Same()), d.count(Same()), Same() in d)
d.remove(Same())
print(d)

d = deque([1, 2])
it = reversed(d)
print(list(it))
d.append(3)
print(step(it))
