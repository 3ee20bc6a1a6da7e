# NameError inside a function for an undefined name.
def f():
    return some_unknown_name_zz + 1
f()
