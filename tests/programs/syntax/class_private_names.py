# Private name mangling for __names.
class A:
    def __init__(self):
        self.__secret = 1
        self._single = 2
    def get(self):
        return self.__secret
    def __private(self):
        return "private"
    def call(self):
        return self.__private()
a = A()
print(a.get(), a._single, a._A__secret, a.call())
print(hasattr(a, "__secret"), sorted(k for k in vars(a)))
class B(A):
    def __init__(self):
        super().__init__()
        self.__secret = "B's"
b = B()
print(b.get(), b._B__secret)
