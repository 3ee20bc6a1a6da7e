# Line continuation, implicit joining in brackets, semicolons.
x = 1 + \
    2
y = (1 +
     2 +
     3)
z = [
    1,
    2,
]
print(x, y, z); print("same line")
if x == 3: print("one-line if")
for i in range(2): print("one-line for", i)
s = ("implicit "
     "concatenation")
print(s)
def f(a,
      b=2,):
    return a + b
print(f(1,))
