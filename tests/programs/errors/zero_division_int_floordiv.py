# Uncaught integer floor-division by zero.
print(10 // 0)
