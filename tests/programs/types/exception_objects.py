# Exception instances: args, str, repr, with_traceback, attributes.
e = ValueError("a", 2)
print(e.args, str(e), repr(e))
print(str(ValueError()), repr(ValueError()), str(ValueError("")), repr(ValueError("x")))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
e2 = Exception("x")
print(e2.with_traceback(None) is e2, e2.__traceback__)
try:
    raise e2
except Exception as caught:
    print(caught is e2, caught.__traceback__ is not None)
n = NameError("msg")
print(n.name if hasattr(n, "name") else "no name attr")
s = SystemExit(3)
print(s.code, SystemExit().code, SystemExit(1, 2).code)
