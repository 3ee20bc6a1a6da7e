# ValueError: could not convert string to float.
float("abc")
