# Chained assignment assigns left to right from the same object.
class T:
    def __setattr__(self, k, v):
        print("set", k)
        object.__setattr__(self, k, v)
t = T()
t.a = t.b = []
print(t.a is t.b)
x = y = z = [1]
x.append(2)
print(y, z)
