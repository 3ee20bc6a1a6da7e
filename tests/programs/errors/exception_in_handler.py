# Exception raised in an except handler.
try:
    {}["k"]
except KeyError:
    [][0]
