# f-string format specs, including nested specs.
x = 3.14159
n = 255
print(f"{x:.2f}|{x:10.3f}|{x:<10.1f}|{x:^10.2f}|{x:+.1e}")
print(f"{n:x}|{n:X}|{n:o}|{n:b}|{n:#x}|{n:#o}|{n:#b}")
print(f"{n:08d}|{n:,}|{1234567:_}|{-n:6d}|{n: d}")
print(f"{'s':>5}|{'s':<5}|{'s':^5}|{'s':*^7}")
w, p = 12, 3
print(f"{x:{w}.{p}f}|")
print(f"{0.5:%}|{0.125:.1%}")
print(f"{1e20:g}|{1e-5:g}|{123456789.0:g}|{0.0001:g}")
print(f"{12345.678:,.2f}")
print(f"{'abc':.2}")
