# Iteration falls back to __getitem__ with IndexError ending.
class Old:
    def __getitem__(self, i):
        if i < 4:
            return i * i
        raise IndexError(i)
print(list(Old()), [x for x in Old()], 9 in Old(), sorted(Old(), reverse=True))
it = iter(Old())
print(type(it).__name__, next(it))
