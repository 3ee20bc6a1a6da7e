# Uncaught user-defined exception shows its qualified name.
class MyError(Exception):
    pass
raise MyError("custom failure")
