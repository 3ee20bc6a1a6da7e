# Struct sequences: sys.version_info, float_info, int_info, time.struct_time, os.stat_result.
import sys, time, os
v = sys.version_info
print(v[:3] >= (3, 11, 0), v.major, v.minor, v.releaselevel, len(v), tuple(v)[:2])
print(type(v).__name__, sys.float_info.dig, sys.float_info.mant_dig, sys.int_info.bits_per_digit)
print(sys.hash_info.width, sys.hash_info.modulus, sys.flags.optimize, sys.maxsize)
t = time.gmtime(86400 * 365 + 3661)
print(t)
print(t.tm_year, t.tm_yday, t[0], t[:3], len(t))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j", t), time.asctime(t))
st = os.stat(__file__)
print(type(st).__name__, st.st_size > 0, isinstance(st.st_mtime, float), len(st))
print(sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
