# super() errors and explicit two-argument form.
class A:
    def f(self): return "A"
class B(A):
    def f(self): return "B" + super(B, self).f()
print(B().f())
try:
    super(B, 5)
except TypeError as e:
    print(e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print(e)
