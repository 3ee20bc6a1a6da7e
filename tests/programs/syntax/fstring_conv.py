# f-string conversions !r !s !a and the = specifier.
s = "héllo"
print(f"{s!r} {s!s} {s!a}")
x = 10
print(f"{x=}")
print(f"{x = }")
print(f"{x*2=}")
print(f"{s=!s}")
print(f"{x=:5d}|")
print(f"{3.5=:.2f}")
class P:
    def __repr__(self): return "P()"
    def __str__(self): return "p-str"
print(f"{P()} {P()!r} {P()=}")
