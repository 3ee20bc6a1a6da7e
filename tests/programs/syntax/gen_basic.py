# Generators: yield, return value in StopIteration, exhaustion.
def gen():
    print("start")
    yield 1
    print("middle")
    yield 2
    return "done"
g = gen()
print("created")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
try:
    next(g)
except StopIteration as e:
    print("again", e.value)
print(list(gen()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
