# __repr__ vs __str__ selection in print, str, repr, containers, format.
class A:
    def __repr__(self): return "A-repr"
class B:
    def __str__(self): return "B-str"
    def __repr__(self): return "B-repr"
print(A(), str(A()), repr(A()))
print(B(), str(B()), repr(B()))
print([A(), B()], (B(),), {1: B()})
print("%s %r" % (B(), B()))
print("{} {!r}".format(B(), B()))
print(f"{B()} {B()!r}")
class C(B):
    def __str__(self): return "C-str"
print(C(), [C()])
