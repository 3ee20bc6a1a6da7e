# __format__ customisation and format() with specs.
class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        if spec == "usd":
            return "$%.2f" % self.v
        return format(self.v, spec)
m = Money(3.5)
print(format(m, "usd"), f"{m:usd}", "{:usd}".format(m))
print(f"{m:>8.1f}|")
print(format(m))
class NoFmt: 
    def __str__(self): return "nofmt"
print(format(NoFmt()), f"{NoFmt()}")
try:
    format(NoFmt(), "x")
except TypeError as e:
    print(e)
