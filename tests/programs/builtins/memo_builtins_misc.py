# Misc builtins: max on dict, min on str, sum of bools, any with map.
d = {"a": 3, "b": 1}
print(max(d), min(d, key=d.get), sum(map(bool, [0, 1, 2])), any(map(str.isupper, "abC")))
print(list(map(str.strip, [" a ", "b "])), max(enumerate("zab"), key=lambda t: t[1]))
