# __exit__ returning true suppresses the exception.
class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None:
            print("suppressing", et.__name__, ev)
        return et is ZeroDivisionError
with Suppress():
    1 / 0
print("after")
try:
    with Suppress():
        raise ValueError("not suppressed")
except ValueError as e:
    print("got", e)
for i in range(3):
    with Suppress():
        if i == 1:
            continue
        print("loop", i)
