# ValueError: invalid literal for int() with base 10.
int("12abc")
