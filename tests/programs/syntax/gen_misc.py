# Generator state, gi_running-free checks, StopIteration inside generator.
def g():
    yield 1
print(type(g()).__name__)
it = g()
print(iter(it) is it)
def bad():
    yield 1
    raise StopIteration("x")
try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError", e)
def early():
    return 5
    yield
print(list(early()))
def gen_expr_in_gen():
    yield from (i * i for i in range(3))
print(list(gen_expr_in_gen()))
def recursive(n):
    if n:
        yield n
        yield from recursive(n - 1)
print(list(recursive(4)))
