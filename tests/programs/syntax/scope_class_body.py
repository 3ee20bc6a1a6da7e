# Names in class bodies are not visible to methods.
x = "global"
class C:
    x = "class"
    def m(self):
        return x
    y = x
print(C().m(), C.y)
def outer():
    z = "enclosing"
    class D:
        w = z
        def m(self): return z
    return D
D = outer()
print(D.w, D().m())
