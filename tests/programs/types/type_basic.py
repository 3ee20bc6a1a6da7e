# type(): introspection and the type of types.
print(type(1), type("s"), type([]), type(None), type(type), type(len))
print(type(1) is int, type(int) is type, isinstance(int, type), issubclass(type, object))
print(int.__name__, int.__qualname__, str.__mro__, bool.__mro__)
class A: pass
class B(A): pass
print(B.__mro__, B.__base__, A.__subclasses__())
print(type.__name__, type(A)(5) if False else "skip")
print(repr(int), repr(A).split(".")[-1])
