# AttributeError on a built-in type instance.
(5).append(1)
