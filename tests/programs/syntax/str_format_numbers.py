# str.format number presentation types and grouping.
for n in [0, 7, -7, 1234567, 2 ** 40]:
    print("{:d}|{:+,}|{:_x}|{:#o}|{:e}|{:>12,}".format(n, n, n, n, n, n))
for x in [0.0, -1.25, 1e-5, 123456.789, 1e21]:
    print("{}|{:.3}|{:g}|{:.2%}|{:,.1f}".format(x, x, x, x, x))
