# keys/items views: set operations, comparisons, reversed, repr.
d = {1: 'a', 2: 'b', 3: 'c'}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), 1 in k, (1, 'a') in it, (1, 'b') in it, [1] in it, 'a' in v)
d[9] = 'z'
print(k, list(reversed(k)), list(reversed(it)), list(reversed(v)))
print(k & {1, 9, 100}, k | {5}, k - {1}, k ^ {1, 77}, {1, 2} & k, {100} | k, [1, 50] | k, {1, 2} - k)
print(it & {(1, 'a')}, it - {(1, 'a'), (2, 'b'), (3, 'c')})
print(k == {1, 2, 3, 9}, k == {1}, k < {1, 2, 3, 9, 10}, k <= {1, 2, 3, 9}, k > {1}, k >= {1, 2, 3, 9}, k != {1})
print(k == d.keys(), it == d.items(), v == v, v == d.values())
print(k.isdisjoint({5}), k.isdisjoint([1]), it.isdisjoint({(1, 'a')}))
try:
    hash(k)
except TypeError as e:
    print("TypeError", e)
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(it)).__name__, type(reversed(d)).__name__)
print({}.keys(), {}.items(), {}.values())
