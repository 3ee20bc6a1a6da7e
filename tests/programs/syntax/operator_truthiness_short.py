# Operands evaluated exactly once in and/or chains and comparisons.
calls = []
def c(x):
    calls.append(x)
    return x
r = c(0) or c("") or c("x") or c("never")
print(r, calls)
calls.clear()
r = c(1) < c(2) < c(0) < c(9)
print(r, calls)
