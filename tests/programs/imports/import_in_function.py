# import inside a function binds a local name.
def f():
    import _helper_mod as local_mod
    return local_mod.VALUE
print(f())
print("local_mod" in globals())
def g():
    from _helper_mod import greet
    return greet("fn")
print(g())
