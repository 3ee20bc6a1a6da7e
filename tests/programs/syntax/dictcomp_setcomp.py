# Dict and set comprehensions.
print({k: k * k for k in range(5)})
print({v: k for k, v in {'a': 1, 'b': 2}.items()})
print(sorted({x % 4 for x in range(20)}))
print({c: i for i, c in enumerate("hello")})
print({(a, b): a * b for a in range(2) for b in range(2) if a <= b})
print(type({x for x in ()}).__name__, type({x: x for x in ()}).__name__)
