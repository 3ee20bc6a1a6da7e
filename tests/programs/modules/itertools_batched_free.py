# Chunking an iterable with islice (batched is 3.12+).
from itertools import islice
def chunks(it, n):
    it = iter(it)
    while True:
        c = list(islice(it, n))
        if not c:
            return
        yield c
print(list(chunks(range(10), 3)), list(chunks("", 2)))
