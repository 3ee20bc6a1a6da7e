# Unexpected indent.
x = 1
    y = 2
