# collections.deque: CPython's error messages.
from collections import deque


def show(f):
    try:
        print(f())
    except Exception as ex:
        print(type(ex).__name__, ex)


d = deque([1, 2])
show(lambda: deque().pop())
show(lambda: deque().popleft())
show(lambda: d[2])
show(lambda: d[-3])
show(lambda: d['a'])
show(lambda: d[1.5])
show(lambda: d[1:2])
show(lambda: d[10 ** 30])
show(lambda: d.__setitem__(5, 1))
show(lambda: d.__delitem__(5))
show(lambda: deque([1], maxlen=-1))
show(lambda: deque([1], maxlen='a'))
show(lambda: deque([], 10 ** 30))
show(lambda: deque([], 1.5))
show(lambda: deque([1], 2, 3))
show(lambda: deque(x=3))
show(lambda: deque([1], maxlen=2, foo=3))
show(lambda: deque([1], iterable=2))
show(lambda: deque(1))
show(lambda: deque([1]) + [1])
show(lambda: deque() * 'a')
show(lambda: deque([1, 2]) * 10 ** 20)
show(lambda: deque().rotate('a'))
show(lambda: d.rotate(10 ** 30))
show(lambda: d.rotate(1, 2))
show(lambda: deque().append())
show(lambda: d.appendleft())
show(lambda: d.extend())
show(lambda: d.extend(1))
show(lambda: d.count())
show(lambda: d.copy(1))
show(lambda: d.pop(1))
show(lambda: d.clear(1))
show(lambda: d.reverse(1))
show(lambda: d.remove())
show(lambda: d.remove(7))
show(lambda: d.index())
show(lambda: d.index(1, 2, 3, 4))
show(lambda: d.index(7))
show(lambda: d.index(1, 'a'))
show(lambda: d.index(1, 1))
show(lambda: d.insert(1))
show(lambda: d.insert('a', 1))
show(lambda: d.insert(10 ** 30, 1))
show(lambda: deque([1], 1).insert(0, 2))
show(lambda: d.__reduce__(1))
show(lambda: d.__copy__(1))


def setitem():
    d['a'] = 1


def delitem():
    del d['a']


show(setitem)
show(delitem)
