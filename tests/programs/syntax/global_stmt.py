# global declarations inside functions.
counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
print(counter)
def make():
    global newname
    newname = "created"
make()
print(newname)
def reads():
    return counter * 10
print(reads())
def shadow():
    counter = 100
    return counter
print(shadow(), counter)
