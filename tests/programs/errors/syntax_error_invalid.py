# A file with invalid syntax: nothing runs, SyntaxError reported.
print("never printed")
x = = 1
