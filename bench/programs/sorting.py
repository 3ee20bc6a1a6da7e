"""Sorting with key functions: records as tuples and as objects, sorted by lambdas,
by multi-field keys, in reverse, and re-sorted to check stability; plus plain sorts of
ints, floats and strings. Measures list.sort, key calls and rich comparison."""
import sys


class Record:
    def __init__(self, ident, name, age, score):
        self.ident = ident
        self.name = name
        self.age = age
        self.score = score


def make_records(n, seed):
    x = seed
    out = []
    letters = "abcdefghijklmnopqrstuvwxyz"
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        name = letters[(x >> 16) % 26] + letters[(x >> 11) % 26] + letters[(x >> 6) % 26]
        out.append(Record(i, name, 18 + (x >> 9) % 60, ((x >> 4) % 10000) / 100))
    return out


def weighted(items):
    total = 0
    for pos, ident in enumerate(items):
        total = (total + (pos + 1) * ident) % 1000000007
    return total


def main(n):
    records = make_records(n, 2024)
    results = []
    by_score = sorted(records, key=lambda r: r.score)
    results.append(weighted(r.ident for r in by_score))
    by_name_age = sorted(records, key=lambda r: (r.name, -r.age))
    results.append(weighted(r.ident for r in by_name_age))
    rows = [(r.age, r.name, r.ident) for r in records]
    rows.sort(reverse=True)
    results.append(weighted(t[2] for t in rows))
    stable = sorted(records, key=lambda r: r.name)
    stable.sort(key=lambda r: r.age)
    results.append(weighted(r.ident for r in stable))
    ints = [(r.ident * 7919) % 100003 for r in records]
    ints.sort()
    results.append(weighted(ints))
    floats = sorted((r.score * 1.5 for r in records), reverse=True)
    strings = sorted(r.name * 2 for r in records)
    print(f"records {n}")
    print("orders " + " ".join(str(v) for v in results))
    print(f"floats {floats[0]} {floats[-1]} strings {strings[0]} {strings[-1]}")
    print(f"median age {stable[n // 2].age} top score {by_score[-1].score}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100000)
