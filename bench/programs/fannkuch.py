"""Fannkuch: for every permutation of 1..n, count the prefix reversals needed until 1
comes first. Measures list indexing, slicing and slice assignment."""
import sys


def fannkuch(n):
    perm = list(range(n))
    count = [r + 1 for r in range(n + 1)]
    max_flips = 0
    checksum = 0
    parity = 1
    while True:
        first = perm[0]
        if first:
            p = perm[:]
            flips = 0
            while first:
                p[:first + 1] = p[first::-1]
                flips += 1
                first = p[0]
            if flips > max_flips:
                max_flips = flips
            checksum += flips * parity
        # next permutation in the rotation order
        r = 1
        while True:
            if r == n:
                return checksum, max_flips
            head = perm[0]
            perm[:r] = perm[1:r + 1]
            perm[r] = head
            count[r] -= 1
            if count[r] > 0:
                break
            count[r] = r + 1
            r += 1
        parity = -parity


def main(n):
    checksum, flips = fannkuch(n)
    print(f"{checksum}")
    print(f"Pfannkuchen({n}) = {flips}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 9)
