# print with sep, end, multiple args, no args.
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=", ", end="!\n")
print()
print("no newline", end="")
print(" continued")
print(1, 2.5, None, True, [1], sep="|")
print(*[], sep="x")
print("x", sep=None, end=None)
try:
    print("a", sep=5)
except TypeError as e:
    print(e)
