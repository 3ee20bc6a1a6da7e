# super() in classmethods and staticmethod access via super.
class A:
    @classmethod
    def create(cls):
        return "A.create for " + cls.__name__
    @staticmethod
    def helper():
        return "A.helper"
class B(A):
    @classmethod
    def create(cls):
        return "B+" + super().create()
    def h(self):
        return super().helper()
print(B.create())
print(B().h())
class C(B):
    pass
print(C.create())
