# itertools count/cycle/repeat/islice/chain.
from itertools import count, cycle, repeat, islice, chain
print(list(islice(count(5), 4)), list(islice(count(0, 2.5), 3)), list(islice(cycle("ab"), 5)))
print(list(repeat("x", 3)), list(islice(repeat(1), 2)))
print(list(chain([1, 2], "ab", (3,))), list(chain.from_iterable([[1], [2, 3]])))
print(list(islice("abcdefg", 2, None, 2)), list(islice(range(10), 3, 8)))
