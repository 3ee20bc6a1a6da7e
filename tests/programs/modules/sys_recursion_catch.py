# RecursionError can be caught and the program continues.
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("caught:", e)
def count(n):
    try:
        return count(n + 1)
    except RecursionError:
        return n
n = count(0)
print(900 < n < 1000)
print("still works", sum(range(10)))
