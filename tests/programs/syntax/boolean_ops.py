# and/or return operands and short-circuit; not returns bool.
def t(x):
    print("t", x)
    return x
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or [] or None)
print(t(0) and t(1))
print(t(1) or t(2))
print(not 0, not [1], not None)
print(None and 1, [] or {})
x = 5
print(x > 3 and x < 10 or "never")
