# fractions parsing/limit_denominator/hash; statistics on mixed types.
from fractions import Fraction as F
import statistics as st
for s in [" 1.5 ", "-3/4", "1e-2", "1_000", ".5", "x", "1/0"]:
    try:
        print(repr(F(s)))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(F(3.14159).limit_denominator(1000), hash(F(1, 2)) == hash(0.5), F(1, 3) < 0.34, round(F(7, 2)))
print(st.mean([F(1, 2), F(3, 4), 1]), st.variance([1.5, 2.5, 2.5, 2.75]), st.stdev([1, 2, 3, 4]), st.quantiles(range(1, 11)))
