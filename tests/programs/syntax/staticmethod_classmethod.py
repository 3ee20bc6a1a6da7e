# staticmethod and classmethod binding.
class C:
    count = 0
    @staticmethod
    def add(a, b):
        return a + b
    @classmethod
    def make(cls, n):
        obj = cls()
        cls.count += n
        return obj
class D(C):
    pass
print(C.add(1, 2), C().add(3, 4))
d = D.make(5)
print(type(d).__name__, D.count, C.count)
print(C.make(1).__class__.__name__, C.count)
m = C.make
print(m.__self__.__name__)
