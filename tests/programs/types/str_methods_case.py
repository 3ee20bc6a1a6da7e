# str case methods.
s = "hello World ßtraße ǅ"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("ABC".isupper(), "abc".islower(), "Title Case".istitle(), "a1".isalnum(), "ab".isalpha())
print("123".isdigit(), "½".isnumeric(), "½".isdigit(), "12".isdecimal(), " \t\n".isspace(), "".isspace())
print("abc_1".isidentifier(), "1abc".isidentifier(), "print".isidentifier(), "\x7f".isprintable(), "ok".isascii(), "é".isascii())
print("hello world".title(), "they're".title())
