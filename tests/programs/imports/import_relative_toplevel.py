# A relative import in a top-level module fails.
try:
    import _bad_relative
except ImportError as e:
    print(type(e).__name__, e)
