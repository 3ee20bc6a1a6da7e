# A def header without its colon: CPython says "expected ':'" even mid-line.
def f() pass
