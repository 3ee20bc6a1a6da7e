# Shadowing builtins in module and function scope.
print(len("abc"))
def len(x):
    return "shadowed"
print(len("abc"))
del len
print(len("abc"))
def f():
    list = "local list"
    return list
print(f(), list("ab"))
import builtins
print(builtins.max(1, 2))
