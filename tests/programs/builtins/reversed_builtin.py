# reversed() on sequences and objects with __reversed__ / __len__+__getitem__.
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
print(list(reversed(Seq())), list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.values())))
try:
    reversed(iter([1]))
except TypeError as e:
    print(e)
