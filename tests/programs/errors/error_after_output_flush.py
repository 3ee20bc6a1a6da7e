# Output written before the uncaught exception is all present on stdout.
for i in range(5):
    print("line", i)
raise OSError("disk on fire")
