# try/except/else/finally flow.
def f(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print("caught zero")
        return "except"
    else:
        print("else", r)
        return "else"
    finally:
        print("finally")
print(f(2))
print(f(0))
try:
    int("x")
except (TypeError, ValueError) as e:
    print(type(e).__name__)
try:
    [][1]
except LookupError as e:
    print("lookup", type(e).__name__)
