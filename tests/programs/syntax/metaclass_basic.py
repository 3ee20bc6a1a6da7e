# Simple metaclass: __new__ modifies the class namespace; type() 3-arg.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class A(metaclass=Meta): pass
class B(A): pass
print(A.tag, B.tag, type(A).__name__, type(B).__name__)
T = type("T", (A,), {"v": 5, "get": lambda self: self.v})
print(T().get(), T.tag, T.__name__, [c.__name__ for c in T.__mro__])
print(isinstance(A, type), isinstance(A, Meta))
