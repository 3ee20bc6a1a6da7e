# ord/chr on boundaries and errors.
print(ord("a"), ord("\x00"), ord("\uffff"), ord("\U0010ffff"), chr(0x10FFFF) == "\U0010ffff")
try:
    chr(0x110000)
except ValueError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    ord("")
except TypeError as e:
    print(e)
