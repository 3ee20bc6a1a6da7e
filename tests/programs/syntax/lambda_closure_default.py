# Late binding in closures and default-argument capture.
fs = []
for i in range(3):
    def f(): return i
    fs.append(f)
print([g() for g in fs])
fs = []
for i in range(3):
    def f(i=i): return i
    fs.append(f)
print([g() for g in fs])
def make(n):
    return lambda: n
print([make(k)() for k in range(3)])
