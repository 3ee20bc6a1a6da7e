# modules: numbers,fractions,statistics
import statistics as st
from fractions import Fraction as F
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.variance([1, 2, 3, 4]), st.fmean([1, 2]), st.multimode("aabbc"))
for d in ([1.5, 2.5, 2.5, 2.75, 3.25, 4.75], [F(1, 2), F(3, 4), 1], [1, 2, 3, 4, 4], [0.1, 0.2, 0.3], [True, False, 3], range(10), [1e300, 1e300]):
    d = list(d)
    for f in (st.mean, st.median, st.variance, st.stdev, st.pvariance, st.pstdev, st.fmean, st.median_grouped, st.harmonic_mean, st.geometric_mean, st.quantiles):
        try: print(f.__name__, repr(f(d)))
        except Exception as e: print(f.__name__, type(e).__name__, e)
for f in (st.mean, st.median, st.variance, st.stdev, st.pvariance, st.pstdev, st.mode, st.fmean):
    try: f([])
    except st.StatisticsError as e: print(e)
try: st.variance([1])
except st.StatisticsError as e: print(e)
print(st.variance([1,2,3], 2), st.pvariance([1.5, 2.5], 2), st.mode(["a", "b", "b"]), st.quantiles(range(1, 11), n=4, method='inclusive'))
print(st.correlation([1,2,3],[2,4,7]), st.covariance([1,2,3],[2,4,7]), st.linear_regression([1,2,3],[2,4,7]))
