# set/frozenset methods and CPython's error messages.
s = {3, 1, 2}
s.add(4); s.discard(99); s.remove(1)
print(s, len(s), 2 in s, 9 in s, {1} in {frozenset({1})})
for expr in ["s.remove(99)", "set().pop()", "s.add([1])", "{1} | [2]", "{1} < [2]", "hash(set())",
             "set(1)", "set([1], [2])", "{1}.add()", "frozenset().issubset()", "set(x=1)",
             "s.symmetric_difference([1], [2])", "{[1]}"]:
    try:
        eval(expr)
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
c = {1}
try:
    c |= [1]
except TypeError as e:
    print("TypeError", e)
x = {1, 2, 3}
try:
    for i in x:
        x.add(i + 10)
except RuntimeError as e:
    print("RuntimeError", e)
a = {1, 2, 3, 4}
print(a <= {1, 2, 3, 4, 5}, a < a, a >= {1}, a > a, a == {4, 3, 2, 1}, a == frozenset(a), a != {1})
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint([7]), {1} == [1])
class S(set): pass
class FS(frozenset): pass
print(S([1, 2]), S(), FS([1]), FS(), type(S([1]) | {2}).__name__, type(FS([1]) | {2}).__name__)
print(type(frozenset([1]) | {2}).__name__, type({2} | frozenset([1])).__name__)
f = frozenset([1, 2])
print(f.copy() is f, frozenset(f) is f, f.union(), set.union({1}, [2]), {1}.union())
z = {1, 2, 3}; z.clear(); print(z, z == set(), set(), frozenset())
