# Different callable types and their type names.
class C:
    def m(self): pass
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
obj = C()
for f in [len, print, C, obj.m, C.m, C.s, C.c, lambda: 0, "".join, [].append, int.__add__, (1).__add__]:
    print(type(f).__name__, callable(f))
