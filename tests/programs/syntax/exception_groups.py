# except* and ExceptionGroup (3.11).
try:
    raise ExceptionGroup("grp", [ValueError("v1"), TypeError("t"), ValueError("v2")])
except* ValueError as eg:
    print("values", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types", [str(e) for e in eg.exceptions])
eg = ExceptionGroup("msg", [KeyError(1), OSError("o")])
print(eg.message, len(eg.exceptions), str(eg))
m, rest = eg.split(KeyError)
print(type(m).__name__, m.exceptions, rest.exceptions)
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print(e)
