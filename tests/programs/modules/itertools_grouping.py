# itertools groupby/accumulate/takewhile/dropwhile/compress/zip_longest/starmap/tee/pairwise.
from itertools import groupby, accumulate, takewhile, dropwhile, compress, zip_longest, starmap, tee, pairwise, filterfalse
print([(k, list(g)) for k, g in groupby("aaabccaa")])
print([(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4], max)), list(accumulate([1, 2], initial=10)))
print(list(takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(compress("abcdef", [1, 0, 1, 0, 1])), list(zip_longest("ab", "xyz", fillvalue="-")))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(filterfalse(None, [0, 1, 0, 2])))
a, b = tee([1, 2, 3])
print(list(a), list(b), list(pairwise("abcd")))
