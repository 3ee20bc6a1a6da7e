# Instance dicts versus cached class attributes: a data descriptor added to
# the class later must win over the instance dict, a plain class attribute
# must not; replacing a class attribute through setattr() is seen at once.
class Thing:
    pass


t = Thing()
t.x = "instance"
for _ in range(3):
    print(t.x)

Thing.x = "class attr"
print(t.x)

Thing.x = property(lambda self: "property wins")
print(t.x)

setattr(Thing, "x", "plain again")
print(t.x)
del t.x
print(t.x)


def counted(self):
    return "method"


for name in ["m1", "m2", "m3"]:
    setattr(Thing, name, counted)
print([getattr(t, n)() for n in ["m1", "m2", "m3"]])
print(type(t).__dict__["m2"] is counted)
