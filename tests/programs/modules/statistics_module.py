# statistics mean/median/mode/stdev on exact data.
import statistics as st
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.variance([1, 2, 3, 4]), st.fmean([1, 2]), st.multimode("aabbc"))
try:
    st.mean([])
except st.StatisticsError as e:
    print(e)
