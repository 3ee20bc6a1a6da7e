# Assignment expressions (:=) in conditions, comprehensions and calls.
data = [1, 5, 12, 7, 20]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
i = 0
while (i := i + 1) < 4:
    print("i", i)
print((a := 3) + a)
def f():
    [last := z for z in range(5)]
    return last
print(f())
print(any((hit := v) > 10 for v in data), hit)
