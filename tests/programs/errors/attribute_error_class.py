# AttributeError on a class object.
class C: pass
C.missing
