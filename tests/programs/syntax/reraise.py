# Bare raise re-raises the current exception; raising classes vs instances.
def f():
    try:
        raise ValueError("orig")
    except ValueError:
        print("handling")
        raise
try:
    f()
except ValueError as e:
    print("outer got", e)
try:
    raise KeyError
except KeyError as e:
    print(repr(e), e.args)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    raise 5
except TypeError as e:
    print(e)
