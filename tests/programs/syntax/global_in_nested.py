# global inside nested function, and module-level names created by functions.
x = 0
def outer():
    x = "outer local"
    def inner():
        global x
        x = "global set"
    inner()
    return x
print(outer(), x)
def setmany():
    global a, b
    a, b = 1, 2
setmany()
print(a + b)
