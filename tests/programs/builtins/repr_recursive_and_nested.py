# repr of nested and self-referencing containers.
a = [1]
b = [a, a]
print(repr(b))
c = {"l": [], "t": ()}
c["l"].append(c)
print(repr(c))
t = ([],)
t[0].append(t)
print(repr(t))
