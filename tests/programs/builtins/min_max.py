# min/max with iterables, multiple args, key, default.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min((2, "b"), (2, "a")))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max([1, -5, 3], key=abs))
print(max([], default="empty"), min([], default=None), max([1], default=0))
print(max(1, 2.0), max(2.0, 2), min(2, 2.0), max([3, 1, 3], key=lambda x: 0))
for bad in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 2, default=0), lambda: min([1, "a"])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
