# A for header followed by more code instead of a colon: plain "invalid syntax".
for x in range(3) print(x)
