# __iter__/__next__ protocol with for loops and builtins.
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
for x in Countdown(2):
    print("x", x)
print(sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))
a, b, c = Countdown(3)
print(a, b, c)
class NotIter: pass
try:
    iter(NotIter())
except TypeError as e:
    print(e)
try:
    for _ in 5: pass
except TypeError as e:
    print(e)
