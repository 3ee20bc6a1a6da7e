# Augmented assignment operators on ints, lists, strings.
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 5; print(x)
x <<= 3; print(x)
x >>= 1; print(x)
x |= 0b1010; print(x)
x &= 0b0110; print(x)
x ^= 0xff; print(x)
y = 7.0
y /= 2; print(y)
s = "ab"
s *= 3; print(s)
l = [1]
l2 = l
l += [2, 3]
print(l, l2, l is l2)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
