# len on built-in containers and user objects, errors.
print(len(""), len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(5)), len(b"xy"))
class L:
    def __len__(self): return 7
print(len(L()))
for bad in [5, None, 1.5]:
    try:
        len(bad)
    except TypeError as e:
        print(e)
class Big:
    def __len__(self): return 2 ** 70
try:
    len(Big())
except OverflowError as e:
    print(e)
class Bad:
    def __len__(self): return "3"
try:
    len(Bad())
except TypeError as e:
    print(e)
