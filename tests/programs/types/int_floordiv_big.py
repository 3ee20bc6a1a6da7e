# Floor division/modulo of big negative ints against Python semantics.
vals = [10 ** 20 + 7, -(10 ** 20 + 7), 3 ** 50, -(3 ** 50)]
divs = [7, -7, 10 ** 10 + 1, -(2 ** 40)]
for a in vals:
    for b in divs:
        q, r = divmod(a, b)
        print(q, r, q * b + r == a, (r == 0) or ((r > 0) == (b > 0)))
