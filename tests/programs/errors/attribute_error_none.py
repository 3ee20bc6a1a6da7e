# AttributeError on None.
x = None
x.upper()
