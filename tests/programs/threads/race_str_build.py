# Each thread builds its own strings, bytes and ints while others do the same.
from _race import SIZES, run

def build(i):
    s = ""
    for j in range(300):
        s += str(j % 10)
    parts = []
    for j in range(300):
        parts.append("%d-%s" % (i, j))
    joined = ",".join(parts)
    b = b""
    for j in range(100):
        b += bytes([65 + j % 26])
    big = 1
    for j in range(1, 60):
        big *= j
    f = "{0}:{1:>5}:{2:.3f}".format(i, len(s), 1.0 / (i + 1))
    return (len(s), s.count("7"), len(joined.split(",")), joined.startswith("%d-0" % i),
            b[:5], len(b), big % 1000003, f.split(":")[1].strip())

for rep in range(3):
    for n in SIZES:
        res = run(n, build)
        first = res[0]
        for i, r in enumerate(res):
            assert r[0] == 300 and r[1] == 30 and r[2] == 300 and r[3]
            assert r[4] == b"ABCDE" and r[5] == 100 and r[7] == "300"
            assert r[6] == first[6]
        if rep == 0:
            print("n=%d" % n, res[-1][:3], res[-1][4], res[-1][6])
print("ok")
