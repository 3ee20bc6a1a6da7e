# match statement with literal, capture, wildcard and or-patterns.
def m(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hi":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case other:
            return "other %r" % (other,)
for v in (0, 2, "hi", None, True, 1.0, 99):
    print(m(v))
