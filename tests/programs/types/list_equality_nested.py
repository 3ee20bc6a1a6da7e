# Deep equality and identity short-cut for nan in containers.
nan = float("nan")
l = [nan]
print(l == l, [nan] == [nan], [[1, [2]]] == [[1, [2]]], [1, 2] != [1, 2.0])
print((nan,) == (nan,), {1: nan} == {1: nan}, nan in l, l.count(nan), l.index(nan))
