# Error messages when unpacking the wrong number of values.
def tryit(f):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def f1(): a, b = [1, 2, 3]
def f2(): a, b, c = [1]
def f3(): a, b = 5
def f4(): a, *b, c = [1]
def f5(): a, b = "abc"
for f in (f1, f2, f3, f4, f5):
    tryit(f)
