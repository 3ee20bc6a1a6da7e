# Class body executes top to bottom and can use its own names.
print("before")
class C:
    print("in body")
    a = 1
    b = a + 1
    def f(self): return C.b
    lst = [a, b]
print("after", C.b, C().f(), C.lst)
def make(n):
    class Inner:
        val = n
    return Inner
print(make(3).val, make(4).val, make(3) is make(3))
