# strip/lstrip/rstrip, removeprefix/removesuffix, replace, padding.
print(repr("  x  ".strip()), repr("xxhixx".strip("x")), repr("abcba".lstrip("ab")), repr("abcba".rstrip("ab")))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "abc".removeprefix("x"))
print("aaa".replace("a", "b", 2), "abc".replace("", "-"), "hello".replace("l", ""))
print(repr("ab".center(7, "*")), repr("ab".ljust(5)), repr("ab".rjust(5, "0")), "42".zfill(5), "-42".zfill(6), "+4".zfill(4))
print("a\tb\tc".expandtabs(4), "x".center(4), "x".center(5))
