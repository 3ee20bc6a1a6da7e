# Division and modulo by zero for ints and floats.
for expr in ["1 / 0", "1 // 0", "1 % 0", "divmod(1, 0)", "1.0 / 0", "1.0 // 0.0", "1.0 % 0", "0 ** -1", "2 ** 100 // 0"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", e)
