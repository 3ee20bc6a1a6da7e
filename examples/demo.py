"""A small tour of what gilfree runs: classes, generators, closures, exceptions."""


class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1


def counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    return bump


gen = primes()
print("first primes:", [next(gen) for _ in range(10)])
print("vectors:", Vector(1, 2) + Vector(3, 4))
bump = counter()
print("closure:", bump(), bump(), bump())
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print("most common:", sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught:", e)
print("big int:", 2 ** 100)
