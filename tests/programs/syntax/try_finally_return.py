# finally overriding return, break and continue inside finally.
def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
def g():
    try:
        return "try"
    finally:
        return "finally"
print(g())
def h():
    try:
        1 / 0
    finally:
        return "swallowed"
print(h())
out = []
for i in range(3):
    try:
        if i == 1:
            continue
        out.append(i)
    finally:
        out.append("f%d" % i)
print(out)
def k():
    for i in range(5):
        try:
            return i
        finally:
            if i < 2:
                continue
print(k())
