# re: sub/subn templates (\1, \g<name>, \g<0>, escapes), callables, counts, empty matches.
import re
p = re.compile(r'(?P<word>\w+)(?P<num>\d)?')
for t in [r'\1', r'\g<1>', r'<\g<0>>', r'[\g<word>|\g<num>]', r'\n\t\\', r'\0\101', r'-\g<2>-']:
    print(repr(p.sub(t, 'ab1 cd, e')))
print(re.sub(r'x*', '-', 'abxd'), re.sub('', '-', 'ab'), re.sub('|a', '-', 'a'))
print(re.subn(r'a', 'b', 'banana', count=2), re.subn('z', 'y', 'abc'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub(r'(a)|b', lambda m: m.group(1) or 'B', 'abab'))
print(re.sub(r'(a)', lambda m: None, 'banana'))
print(re.match(r'(\w+) (\w+)', 'hello world').expand(r'\2, \1!'))
print(re.sub(rb'(\w)', rb'[\1]', b'ab c'))
for t in [r'\3', r'\g<x>', r'\g<', r'\q']:
    try:
        re.sub('(a)', t, 'a')
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub('a', lambda m: 1, 'xa')
except TypeError as e:
    print(e)
