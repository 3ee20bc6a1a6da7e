# TypeError: unhashable type: 'list'.
d = {}
d[[1, 2]] = 3
