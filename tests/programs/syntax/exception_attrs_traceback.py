# Traceback objects give line numbers of the raising frame.
def f():
    raise ValueError("x")
try:
    f()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
