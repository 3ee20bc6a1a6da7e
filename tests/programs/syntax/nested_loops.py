# break and continue only affect the innermost loop.
res = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        res.append((i, j))
print(res)
i = 0
while i < 3:
    j = 0
    while True:
        j += 1
        if j == 2:
            break
    i += 1
print(i, j)
