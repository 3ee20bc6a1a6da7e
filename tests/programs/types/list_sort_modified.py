# While a list sorts it looks empty; changing it raises ValueError; failed
# comparisons propagate and keep every item.
def mod_sort():
    a = [3, 2, 1]
    def k(x):
        a.append(x)
        return x
    a.sort(key=k)
try:
    mod_sort()
except ValueError as e:
    print(e)
a = [3, 2, 1]
seen = []
a.sort(key=lambda x: seen.append(len(a)) or x)
print(seen, a)
class Bad:
    def __lt__(self, o):
        raise RuntimeError("no")
x = [Bad(), Bad(), 1]
try:
    x.sort()
except RuntimeError as e:
    print("RuntimeError", e, len(x))
print(sorted([5, 1, 4, 2, 3] * 20)[:10], sorted(range(20), key=lambda v: v % 3))
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')]), sorted([3, 1, 2], reverse=True))
print(sorted([(1, 'x'), (1, 'y'), (0, 'z')], key=lambda p: p[0], reverse=True))
