# bool() constructor and truthiness of built-ins.
print(bool(), bool(None), bool(0j), bool(()), bool((0,)), bool({}), bool(set()), bool(range(0)), bool(range(1)), bool(b""), bool(float("nan")))
try:
    bool(1, 2)
except TypeError as e:
    print(e)
