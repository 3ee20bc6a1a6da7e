# f-strings: nested f-strings, dict access, format of expressions with colons.
items = {"a": 1.5, "b": 22.25}
for k, v in items.items():
    print(f"{k:>3}: {v:6.2f} {f'{v:.0f}':>4}")
width = 6
print(f"{'x':{'>'}{width}}|", f"{3 + 4 = }", f"{(lambda: 'lam')()}")
import math
print(f"{math.pi:.{2 + 1}f}", f"{[1, 2][0]!r:>3}", f"{{{1}}}")
print(f"{'a' 'b'}")
