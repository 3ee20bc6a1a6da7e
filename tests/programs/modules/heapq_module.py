# heapq push/pop/heapify/nlargest/nsmallest/merge.
import heapq
h = []
for x in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(h, x)
print(h[0], [heapq.heappop(h) for _ in range(3)], len(h))
l = [9, 4, 7, 1, 0]
heapq.heapify(l)
print(l, heapq.heappushpop(l, 3), heapq.heapreplace(l, 10), l)
print(heapq.nlargest(3, [1, 8, 2, 7, 3]), heapq.nsmallest(2, "hello"), heapq.nlargest(2, ["a", "bbb", "cc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5], [3])))
tasks = [(2, "write"), (1, "plan"), (3, "ship")]
heapq.heapify(tasks)
print([heapq.heappop(tasks)[1] for _ in range(3)])
