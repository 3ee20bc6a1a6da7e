# itertools product/permutations/combinations.
from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product("ab", [1, 2])), len(list(product(range(3), repeat=3))))
print(list(permutations([1, 2, 3], 2)), len(list(permutations(range(5)))))
print(list(combinations("abcd", 2)), list(combinations_with_replacement("ab", 2)))
print(list(combinations([], 0)), list(combinations([1], 2)))
