# The except target name is deleted after the handler.
try:
    1 / 0
except ZeroDivisionError as e:
    print("in handler", type(e).__name__)
try:
    e
except NameError as err:
    print("NameError:", err)
e = "preexisting"
try:
    raise ValueError
except ValueError as e:
    pass
print('e' in globals())
