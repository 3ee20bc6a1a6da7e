# An empty replacement field after a filled one.
x = 1
print(f"{x}{}")
