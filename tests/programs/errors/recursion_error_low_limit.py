# A low recursion limit triggers RecursionError early.
import sys
sys.setrecursionlimit(50)
def deep(n):
    if n == 0:
        return 0
    return 1 + deep(n - 1)
print(deep(20))
print(deep(100))
