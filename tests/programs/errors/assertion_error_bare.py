# Uncaught bare AssertionError: last stderr line is just the name.
assert 1 > 2
