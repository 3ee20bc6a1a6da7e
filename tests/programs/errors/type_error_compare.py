# TypeError comparing incompatible types.
sorted([1, "a", 2])
