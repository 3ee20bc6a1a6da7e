"""Recursive calls: naive Fibonacci. Measures call/return cost and small-int arithmetic."""
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main(n):
    total = 0
    for k in range(n - 4, n + 1):
        total += fib(k)
    print(f"fib({n}) = {fib(n)}")
    print(f"sum fib({n - 4}..{n}) = {total}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 31)
