# TypeError: object of type 'int' has no len().
len(5)
