# str split/rsplit/splitlines/partition/join.
print("a,b,,c".split(","), "a b  c ".split(), "  lead".split(" "), "".split(), "".split(","))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a b c".rsplit(None, 1))
print("l1\nl2\r\nl3\rl4\n".splitlines(), "x\ny\n".splitlines(True), "".splitlines())
print("key=value=x".partition("="), "key".partition("="), "a.b.c".rpartition("."), "abc".rpartition("."))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"))
try:
    ",".join([1, 2])
except TypeError as e:
    print(e)
try:
    "a".split("")
except ValueError as e:
    print(e)
