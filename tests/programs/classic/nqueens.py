"""Classic program test (copy of bench/programs/nqueens.py at size 6).

N-queens solved with recursive generators: each level yields partial placements
upward with `yield from`. Measures generator creation, resumption and set/tuple work."""


def place(n, row, cols, diag1, diag2, queens):
    if row == n:
        yield queens
        return
    for col in range(n):
        if col in cols or (row + col) in diag1 or (row - col) in diag2:
            continue
        cols.add(col)
        diag1.add(row + col)
        diag2.add(row - col)
        yield from place(n, row + 1, cols, diag1, diag2, queens + (col,))
        cols.discard(col)
        diag1.discard(row + col)
        diag2.discard(row - col)


def solutions(n):
    return place(n, 0, set(), set(), set(), ())


def main(n):
    count = 0
    checksum = 0
    first = None
    for sol in solutions(n):
        if first is None:
            first = sol
        count += 1
        checksum = (checksum * 7 + sum(i * c for i, c in enumerate(sol))) % 1000003
    print(f"{n}-queens: {count} solutions, checksum {checksum}")
    print(f"first: {list(first)}")
    board = ["." * c + "Q" + "." * (n - c - 1) for c in first]
    print("\n".join(board))


main(6)
