# globals() and locals() contents.
x = 1
g = globals()
print(g["x"], "__name__" in g, g["__name__"])
g["newvar"] = 5
print(newvar)
def f(a, b=2):
    c = 3
    return sorted(locals().items())
print(f(1))
def h():
    l = locals()
    l["zz"] = 1
    try:
        return zz
    except NameError:
        return "locals() write ignored"
print(h())
print(sorted(k for k in globals() if not k.startswith("__")))
