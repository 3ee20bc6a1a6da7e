# input() with stdin at EOF raises EOFError.
try:
    input()
except EOFError as e:
    print("EOFError", repr(str(e)))
