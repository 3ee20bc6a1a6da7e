# Empty expression in f-string.
x = f"{}"
