# Comprehensions have their own scope but see enclosing names.
def f():
    n = 10
    return [n + i for i in range(3)]
print(f())
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    try:
        bad = [v * factor for v in vals]
    except NameError as e:
        err = str(e)
    factor = 3
print(C.doubled, C.err)
i = 99
[i for i in range(3)]
print(i)
