# int(x, base) round-trips with format for bases 2..36.
import string
digits = string.digits + string.ascii_lowercase
def to_base(n, b):
    if n == 0:
        return "0"
    s = ""
    neg = n < 0
    n = abs(n)
    while n:
        s = digits[n % b] + s
        n //= b
    return "-" + s if neg else s
for b in (2, 3, 7, 16, 36):
    vals = [0, 1, -1, 255, 10 ** 20, -(2 ** 65)]
    print(b, [to_base(v, b) for v in vals[:4]], all(int(to_base(v, b), b) == v for v in vals))
print(int("Zz", 36), int("-  5".replace(" ", "")), int("0B1", 0))
