# itertools with infinite iterators combined with zip and enumerate.
from itertools import count, repeat, islice, cycle
print(list(zip(count(1), "abc")), list(map(pow, range(4), repeat(2))))
c = count(10, -3)
print(next(c), next(c), next(c), repr(c))
print("".join(islice(cycle("xy"), 7)))
