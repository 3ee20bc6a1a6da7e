# re: CPython's syntax-error messages, positions and error attributes.
import re
bad = ['(', ')', '*', 'a**', '[a', '[z-a]', r'\q', r'\1', r'(a)\2', r'(a\1)', '(?P<1>x)',
       '(?P<a>x)(?P<a>y)', 'a(?i)', '(?z)', '(?P=y)', '(?P<a', '(?', '(?i', '(?#x', r'\x4',
       r'[\w-z]', 'a{3,2}', '(?<a>x)', '\\', 'a\n(', '(?-a:x)']
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
try:
    re.compile('x{99999999999}')
except OverflowError as e:
    print('OverflowError', e)
for p, f in [('a', re.L), (b'a', re.U), ('a', re.A | re.U)]:
    try:
        re.compile(p, f)
    except ValueError as e:
        print('ValueError', e)
try:
    re.search(b'a', 'a')
except TypeError as e:
    print(e)
try:
    re.search('a', 5)
except TypeError as e:
    print(e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print(e)
print(issubclass(re.error, Exception), re.error.__module__)
re.compile('(?<=a')
