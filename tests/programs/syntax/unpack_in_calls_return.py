# return of tuples, unpacking in return and yield.
def f():
    return 1, 2, 3
a, *b = f()
print(a, b, f())
def g(*xs):
    return *xs, "end"
print(g(1, 2))
def gen():
    yield 1, 2
    yield *[3, 4], 5
print(list(gen()))
t = 1,
print(t, type(t).__name__)
