# Building combinations of strings with itertools and joining.
from itertools import product, permutations
print(["".join(p) for p in product("01", repeat=3)])
print(sorted(set("".join(p) for p in permutations("aab"))))
