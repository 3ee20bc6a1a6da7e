"""Digits of pi from an unbounded spigot (Gibbons' streaming algorithm over a linear
fractional transformation). Measures big-integer multiply, add and floor division."""
import sys


def pi_digits(count):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    produced = 0
    while produced < count:
        if 4 * q + r - t < m * t:
            yield m
            produced += 1
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = (q * k, (2 * q + r) * x, t * x, k + 1,
                                (q * (7 * k + 2) + r * x) // (t * x), x + 2)


def main(n):
    line = []
    shown = 0
    total = 0
    for d in pi_digits(n):
        line.append(str(d))
        total += d
        shown += 1
        if len(line) == 10:
            if shown <= 100 or shown > n - 50:
                print(f"{''.join(line)}\t:{shown}")
            line = []
    if line:
        print(f"{''.join(line).ljust(10)}\t:{shown}")
    print(f"digit sum {total}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
