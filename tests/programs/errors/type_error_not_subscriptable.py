# TypeError: 'int' object is not subscriptable.
n = 5
n[0]
