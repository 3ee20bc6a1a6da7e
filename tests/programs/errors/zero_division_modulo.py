# Uncaught modulo by zero.
print(10 % 0)
