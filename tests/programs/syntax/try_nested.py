# Nested try statements and exceptions in handlers / finally.
def f():
    try:
        try:
            raise ValueError("inner")
        except TypeError:
            print("wrong handler")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
f()
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("from handler")
except ValueError as e:
    print(e, type(e.__context__).__name__)
try:
    try:
        pass
    finally:
        raise RuntimeError("from finally")
except RuntimeError as e:
    print(e)
