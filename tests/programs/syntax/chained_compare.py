# Chained comparisons evaluate the middle operand once and short-circuit.
def v(x):
    print("eval", x)
    return x
print(1 < v(2) < 3)
print(1 < v(0) < v(3))
print(1 < 2 > 1 == 1 != 2)
print(3 > 2 > 1 > 0)
print(1 == 1.0 == True)
x = 5
print(0 <= x < 10, 0 <= x < 5)
print('a' < 'b' < 'c', [1] < [1, 0] < [2])
print(1 in [1, 2] in [[1, 2]])
two, none = 2, None
print(two is not none is not False)
