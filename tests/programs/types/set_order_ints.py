# Set iteration order of ints/floats/tuples matches CPython's table layout
# after adds, discards, pops, growth and bulk updates.
x = 12345
def rnd(n):
    global x
    x = (x * 1103515245 + 12345) % (1 << 31)
    return x % n

s = set()
for step in range(400):
    op = rnd(10)
    v = rnd(200) if rnd(2) else rnd(1 << 30)
    if op < 5:
        s.add(v)
    elif op < 7:
        s.discard(v)
    elif op == 7 and s:
        s.pop()
    elif op == 8:
        s.add((v, v % 3))
    else:
        s.add(v + 0.5)
    if step % 40 == 0:
        print(s)
print(s)
print(set(range(20, 0, -3)), {x for x in [8, 16, 0, 24, 32]}, set(frozenset(x for x in (10, 20, 30, 40, 50))), {i * 7 % 64 for i in range(30)})
t = set(range(10)); t.difference_update(range(4)); t.add(0); t.add(1); t.add(32); print(t)
t = {1, 2}; t.remove(1); t.add(9); print(t)
t = set(range(5)); t.pop(); t.pop(); t.add(100); print(t, t.pop())
print({-1, -2, 5}, {1.5, 2.5, 0.5}, {10**20, 2**61 - 1, 2**61, -2**63})
