# TypeError: can only concatenate list (not "tuple") to list.
[1] + (2,)
