# Properties are inherited and can be overridden.
class A:
    @property
    def name(self): return "A"
class B(A):
    @property
    def name(self): return "B+" + super().name
class C(A):
    name = "plain attribute"
print(A().name, B().name, C().name)
class D(A):
    @A.name.getter
    def name(self): return "D getter"
print(D().name)
