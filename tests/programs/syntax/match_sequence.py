# match statement sequence and mapping patterns with guards.
def m(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return "one %r" % a
        case [a, b] if a == b:
            return "pair same"
        case [a, *rest]:
            return "head %r rest %r" % (a, rest)
        case {"type": "pt", "x": x, **kw}:
            return "point %r extra %r" % (x, kw)
        case str():
            return "string"
        case _:
            return "unknown"
for v in ([], [1], [2, 2], (1, 2, 3), {"type": "pt", "x": 5, "y": 1}, "abc", 3):
    print(m(v))
