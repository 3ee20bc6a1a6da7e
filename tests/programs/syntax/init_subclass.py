# __init_subclass__ hooks and class keyword arguments.
class Plugin:
    registry = []
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.key = key
        Plugin.registry.append((cls.__name__, key))
class A(Plugin, key="a"): pass
class B(Plugin): pass
class C(A, key="c"): pass
print(Plugin.registry)
print(A.key, B.key, C.key)
try:
    class D(Plugin, unknown=1): pass
except TypeError as e:
    print("TypeError")
