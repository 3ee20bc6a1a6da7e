# Three levels of closures with nonlocal at each level.
def l1():
    a = 1
    def l2():
        b = 2
        def l3():
            nonlocal a, b
            a += 10
            b += 20
            return a + b
        return l3
    f = l2()
    return f(), f(), a
print(l1())
