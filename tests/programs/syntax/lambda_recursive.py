# Lambdas referring to themselves through a name, and in default args.
fact = lambda n: 1 if n < 2 else n * fact(n - 1)
print(fact(10))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(list(map(lambda p: p[0] * p[1], zip([1, 2], [3, 4]))))
