# while loops with complex conditions and mutation.
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
stack = [1, 2, 3]
while stack:
    print(stack.pop())
a, b = 0, 1
while b < 100:
    a, b = b, a + b
print(a, b)
