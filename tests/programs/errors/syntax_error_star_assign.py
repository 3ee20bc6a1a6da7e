# Two starred expressions in assignment.
*a, *b = [1, 2]
