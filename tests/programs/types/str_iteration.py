# Iterating strings, enumerate, membership, conversion to list.
s = "héllo"
print(list(s), tuple(s), set("aab") == {"a", "b"})
for i, c in enumerate(s):
    print(i, c, end="; ")
print()
print([c * 2 for c in "ab"], "".join(reversed("abc")))
print(str(123), str(1.5), str([1, "a"]), str((1,)), str({"k": "v"}))
