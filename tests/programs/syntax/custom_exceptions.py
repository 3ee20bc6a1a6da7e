# User-defined exception classes with attributes and __str__.
class AppError(Exception):
    pass
class DetailError(AppError):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return "E%d: %s" % (self.code, self.args[1])
try:
    raise DetailError(404, "missing")
except AppError as e:
    print(e, e.code, e.args)
    print(isinstance(e, Exception), isinstance(e, DetailError))
print(repr(AppError("x", 1)))
print(str(AppError()), repr(AppError()))
print(str(AppError("one")))
print(str(AppError("one", "two")))
