# Arbitrary precision integers.
a = 2 ** 100
print(a, a + 1, a * a, a - 2 ** 99)
print(a // 3, a % 1000007, -a // 7, -a % 7)
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(len(str(f)), f % (10 ** 9 + 7))
print(int("9" * 40) + 1)
print((10 ** 30) // (10 ** 15), 10 ** 30 == 10 ** 15 * 10 ** 15)
print(-(2 ** 64), (2 ** 64) - (2 ** 64 + 1))
print(2 ** 200 > 2 ** 199, (3 ** 100) % 2)
print(divmod(10 ** 25, 7 ** 10))
print(abs(-(7 ** 30)))
