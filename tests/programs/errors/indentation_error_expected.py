# Expected an indented block.
def f():
return 1
