# __bool__ and __len__ drive truthiness.
class T:
    def __bool__(self):
        print("bool called")
        return False
if not T():
    print("falsy")
print(T() or "alt")
class L:
    def __len__(self): return 3
print(bool(L()))
class Bad:
    def __bool__(self): return 1
try:
    bool(Bad())
except TypeError as e:
    print(e)
class Neg:
    def __len__(self): return -1
try:
    bool(Neg())
except ValueError as e:
    print(e)
