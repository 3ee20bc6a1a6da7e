# str comparisons, ordering, hashing equality (not values), concatenation errors.
print("abc" < "abd", "abc" < "ab", "Z" < "a", "" < "a", "a" * 3 == "aaa")
print(hash("abc") == hash("ab" + "c"), "x" == "x")
print(sorted(["b", "B", "a", "A", "_", "1"]))
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    "a" < 1
except TypeError as e:
    print(e)
print(min("hello"), max("hello"), "".join(sorted("hello")))
