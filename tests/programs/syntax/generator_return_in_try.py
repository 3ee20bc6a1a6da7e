# Generators with return inside try/finally.
def g():
    try:
        yield 1
        return "ret"
    finally:
        print("finally in gen")
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value", e.value)
def h():
    for i in range(3):
        try:
            yield i
        finally:
            print("cleanup", i)
print(list(h()))
