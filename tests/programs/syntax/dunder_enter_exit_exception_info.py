# __exit__ receives exception type, value and traceback.
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print(t.__name__ if t else None, v, tb is not None)
        return True
with CM():
    raise KeyError("k")
with CM():
    pass
print("end")
