# TypeErrors from str operations with wrong types.
for expr in ["'a' * 'b'", "'a' * 1.5", "'%d' % 'x'", "'abc'.join('x', 'y')", "'a'.startswith(1)", "str.upper(5)"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
