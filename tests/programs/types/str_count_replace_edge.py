# Edge cases of replace/count/split with empty and overlapping patterns.
print("aaaa".count("aa"), "aaaa".replace("aa", "b"), "".replace("", "x"), "ab".replace("", "-", 1))
print("abc".split("abc"), "abcabc".split("abc"), "a".split("a", 0), "x y".split(maxsplit=0))
print("  a  b  ".split(None, 1), "  a  b  ".rsplit(None, 1))
print("a\x1cb\x1dc".split(), "a\u2003b".split(), "a\u00a0b".split())
