# heapq with tuples (priority, counter, item) and objects defining __lt__.
import heapq
class Task:
    def __init__(self, p, n): self.p, self.n = p, n
    def __lt__(self, o): return self.p < o.p
h = []
for p, n in [(3, "c"), (1, "a"), (2, "b"), (1, "a2")]:
    heapq.heappush(h, Task(p, n))
out = []
while h:
    out.append(heapq.heappop(h).n)
print(out[:1], sorted(out))
