# TypeError: 'str' object does not support item assignment.
s = "abc"
s[0] = "x"
