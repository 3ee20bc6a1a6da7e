# Exception in finally replaces the original.
try:
    raise ValueError("original")
finally:
    raise TypeError("from finally")
