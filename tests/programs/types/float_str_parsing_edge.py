# float() parsing edge cases.
for s in ["1e400", "-1e400", "1e-400", "inf", "-iNF", "nan", "+1.5", "0x1p3", "1.", ".1", "1_000.5", "١٢٣"]:
    try:
        print(s, float(s))
    except ValueError as e:
        print(s, "ValueError", e)
