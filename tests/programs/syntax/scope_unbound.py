# UnboundLocalError when a local is read before assignment.
x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = 5
f()
def g():
    del_me = 1
    del del_me
    try:
        del_me
    except UnboundLocalError as e:
        print(e)
g()
print(issubclass(UnboundLocalError, NameError))
