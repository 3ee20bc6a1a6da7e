# iter/next including default and sentinel form.
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
vals = iter([5, 4, 0, 3])
print(list(iter(lambda: next(vals), 0)))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 4)))
try:
    next([1])
except TypeError as e:
    print(e)
try:
    iter(5, 1)
except TypeError as e:
    print(e)
