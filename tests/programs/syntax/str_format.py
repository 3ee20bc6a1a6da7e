# str.format with positional, keyword, index, attribute access and specs.
print("{} {}".format(1, 2))
print("{1} {0} {1}".format("a", "b"))
print("{x}-{y}".format(x=1, y=2))
print("{0[1]} {d[k]}".format([5, 6], d={'k': 'v'}))
class A:
    attr = "at"
print("{0.attr}".format(A()))
print("{:>6}|{:<6}|{:^6}".format("r", "l", "c"))
print("{:06.2f} {:+d} {:x}".format(3.14159, 5, 255))
print("{{}} {}".format("x"))
print("{!r} {!s}".format("q", "q"))
print("{:{}}|".format("w", 5))
print("{0:{fill}{align}8}".format("m", fill="*", align="^"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError", e)
try:
    "{z}".format()
except KeyError as e:
    print("KeyError", e)
