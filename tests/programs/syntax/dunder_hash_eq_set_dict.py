# Objects with custom __eq__/__hash__ work as dict keys and in sets.
class Key:
    def __init__(self, name): self.name = name
    def __hash__(self): return hash(self.name.lower())
    def __eq__(self, o): return self.name.lower() == o.name.lower()
    def __repr__(self): return "Key(%s)" % self.name
d = {Key("A"): 1}
d[Key("a")] = 2
print(d, Key("A") in {Key("a")})
s = {Key("x"), Key("X"), Key("y")}
print(len(s))
