# RecursionError still raised after raising the recursion limit.
import sys
sys.setrecursionlimit(3000)
def deep(n):
    return deep(n + 1) + 1
deep(0)
