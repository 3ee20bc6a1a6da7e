# Positional argument after keyword argument.
f(a=1, 2)
