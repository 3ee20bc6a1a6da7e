# is vs ==, identity of small objects we can rely on.
a = [1, 2]
b = a
c = list(a)
print(a is b, a is c, a == c, None is None, True is True)
x = ()
print(x == (), type(x) is tuple)
def f(): return []
print(f() is f(), f() == f())
s = "abc"
print(s is s, s[:] is s)
