"""Compare gilfree's native `re` with CPython's: generate many cases, run the
same program under both interpreters, report every line that differs.

Usage: python3 tests/stdlib/compare_re.py [GILFREE_BINARY]   (default
target/debug/gilfree, or $GILFREE). Exit status 1 on any difference.
"""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

PATTERNS = [
    r'a+', r'a*', r'a*?', r'(a)(b)?', r'(?P<x>\w+)\s(?P<y>\w+)?', r'\d+', r'\D', r'\w+', r'\W+', r'\s+', r'\S+',
    r'^\w+', r'\w+$', r'^$', r'$', r'^', r'(?m)^\w', r'(?m)\w$', r'(?s).+', r'.+', r'a|ab', r'(a|ab)(c|bcd)(d*)',
    r'\bfoo\b', r'\Bo', r'x*', r'(?i)hello', r'[a-c]+', r'[^a-c]+', r'[]a]+', r'[a-]+', r'[\w.-]+@[\w.-]+',
    r'[\s\d]+', r'[^\W\d]+', r'(\d+)-(\d+)', r'(?:ab)+', r'(a)|(b)', r'((a)(b))', r'(a)(?=b)', r'(?<=a)b',
    r'(?<!a)b', r'(?!a)\w', r'(\w)\1', r'(?P<c>.)(?P=c)', r'\Aab', r'ab\Z', r'a{2}', r'a{2,}', r'a{,2}', r'a{1,2}?',
    r'a{', r'a{x}', r'\x41', r'\u00e9', r'\t', r'\n', r'[\n]', r'\0', r'\101', r'[\b]', r'\.', r'\*\+', r'[.*+?]',
    r'(?x) a b # comment', r'(?x)[ ]a', r'(?a)\w+', r'\w+(?#comment)', r'(?i:A)b', r'(?-i:a)B', r'(?>a+)b',
    r'a++', r'(a)?b(?(1)c|d)', r'é+', r'[à-ÿ]+', r'\d{2,4}', r'(.)(.)(.)', r'(?s:.)', r'.', r'\$\d+(\.\d\d)?',
    r'\s*,\s*', r'(?:)', r'', r'(|a)', r'b*|a', r'(a+)*', r'(a|b)+b', r'[^\n]+', r'(?m)^$', r'(?m)$', r'\n$',
    r'[\d-z]', r'[%--]', r'[&&b]', r'[~~a]', r'[[]', r'\[\]', r'\{\}', r'(?i)[a-z]+', r'(?i)straße',
]
SUBJECTS = [
    '', 'a', 'aaa', 'ab', 'abab', 'abc', 'abcd', 'foo bar', 'foo.bar foo', 'hello World', 'a1b22c333',
    'x\ny\n', 'line1\nline2', 'aab', 'ba', 'caab', 'test@example.com', '12-34 56-7', 'éèê café', '\t a \n',
    'Hello HELLO hello', 'a\n', '\n', 'abcabc', '$12.50 and $3', 'a , b,c ,  d', '[]{}', '%&-', 'Straße STRASSE',
    'a\u00e9b', 'x' * 3 + 'y', 'a]b-c', 'Ab aB AB',
]

BYTES_CASES = [
    (rb'\w+', b'hello world'), (rb'(\d+)', b'a1b22'), (rb'\s', b'a b\tc'), (rb'[\x80-\xff]+', b'a\xe9\xffb'),
    (rb'^a', b'ab'), (rb'b$', b'ab\n'), (rb'(?i)AB', b'xab'), (rb'.', b'\x00\n\xff'), (rb'\bx', b'x xx'),
]

ERRORS = [
    '(', ')', '*', '+a', 'a**', 'a*+?', '[a', '[z-a]', r'\q', r'\1', '(a)\\2', r'(a\1)', '(?P<1>x)',
    '(?P<a>x)(?P<a>y)', 'a(?i)', '(?z)', '(?P=y)', '(?P<a', '(?', '(?i', '(?#x', r'\x4', r'[\w-z]', 'a{3,2}',
    '(?<a>x)', '(?P', r'\\', '\\', '(?<=a+)b', 'x{99999999999}', r'[\8]', r'\777', '(?-a:x)', '(?i-:x)', '(?u)x',
    '(?L)x', '(?(2)a|b)', '(?(x)a)', '(?(0)a)', r'\N{DIGIT ONE}', '[\\', 'a\n)', '((a)',
]

TEMPLATES = [r'\1', r'\g<1>', r'\g<0>!', r'<\g<x>>', r'\n\t\\', r'\0', r'\101', r'\9', r'\g<9>', r'\g<x', r'\g',
             r'\q', r'\g<1a>', r'\g<zz>', '-', r'\x41', r'\2\1']


def gen():
    lines = ['import re', 'def show(f):',
             '    try:', '        r = f()',
             '    except Exception as e:', '        r = "%s: %s" % (type(e).__name__, e)',
             '    print(repr(r))',
             'def m(x):',
             '    if x is None: return None',
             '    return (x.group(), x.groups(), x.span(), x.lastindex, x.lastgroup, x.groupdict(), [x.span(i) for i in range(len(x.groups()) + 1)], repr(x))',
             ]
    add = lines.append
    for p in PATTERNS:
        add('show(lambda: repr(re.compile(%r)))' % p)
        add('show(lambda: (re.compile(%r).groups, re.compile(%r).groupindex, re.compile(%r).flags))' % (p, p, p))
        for s in SUBJECTS:
            for op in ('search', 'match', 'fullmatch'):
                add('show(lambda: m(re.%s(%r, %r)))' % (op, p, s))
            add('show(lambda: re.findall(%r, %r))' % (p, s))
            add('show(lambda: [m(x) for x in re.finditer(%r, %r)])' % (p, s))
            add('show(lambda: re.sub(%r, "<\\\\g<0>>", %r))' % (p, s))
            add('show(lambda: re.subn(%r, lambda x: x.group().upper() + "|", %r, 2))' % (p, s))
            add('show(lambda: re.split(%r, %r))' % (p, s))
            add('show(lambda: re.split(%r, %r, 1))' % (p, s))
        for pos, end in ((1, 3), (2, 100), (-1, 2), (3, 1)):
            add('show(lambda: m(re.compile(%r).search("abcabc aab", %d, %d)))' % (p, pos, end))
            add('show(lambda: m(re.compile(%r).match("abcabc aab", %d, %d)))' % (p, pos, end))
            add('show(lambda: re.compile(%r).findall("abcabc aab", %d, %d))' % (p, pos, end))
    for p, s in BYTES_CASES:
        add('show(lambda: m(re.search(%r, %r)))' % (p, s))
        add('show(lambda: re.findall(%r, %r))' % (p, s))
        add('show(lambda: re.sub(%r, b"[\\\\g<0>]", %r))' % (p, s))
        add('show(lambda: re.split(%r, %r))' % (p, s))
        add('show(lambda: repr(re.compile(%r)))' % p)
    for p in ERRORS:
        add('show(lambda: re.compile(%r))' % p)
        add('show(lambda: (lambda e: (e.msg, e.pos, e.lineno, e.colno))(re.error) if 0 else 0)')
    for t in TEMPLATES:
        add('show(lambda: re.sub(r"(?P<x>a)(b)?", %r, "xaby a"))' % t)
        add('show(lambda: re.match(r"(?P<x>a)(b)?", "ab").expand(%r))' % t)
    misc = [
        're.escape("a.b*c d\\t-é")', 're.escape(b"a.b\\x00")', 're.compile("a", re.I | re.M)',
        're.compile("a", re.I).flags', 're.compile(b"a").flags', 're.compile("(?i)a").flags',
        're.compile("a") is re.compile("a")', 're.compile("a") == re.compile("a")', 're.compile("a", re.X | re.S)',
        're.search("a", "ba").start()', 're.search("(a)(x)?", "ba").group(2)', 're.search("(a)(x)?", "ba").groups("d")',
        're.search("(a)(x)?", "ba").group(0, 1, 2)', 're.search("(?P<n>a)", "ba")["n"]', 're.search("(?P<n>a)", "ba")[1]',
        're.search("(?P<n>a)", "ba").group(3)', 're.search("(?P<n>a)", "ba").group("zz")', 're.search("a", "a").string',
        're.search("a", "a").re', 're.search("a", "xa").pos', 're.compile("a").search("xa", 1).endpos',
        're.compile("a").search("xa", 1).regs', 're.search("é(x)", "aéx").span(1)', 're.sub("a", "b", "aaa", count=2)',
        're.sub("a", 5, "a")', 're.sub("a", lambda m: 5, "a")', 're.search(5, "a")', 're.search("a", 5)',
        're.search(b"a", "a")', 're.search("a", b"a")', 're.compile("a", re.L)', 're.compile(b"a", re.U)',
        're.compile(re.compile("a"), re.I)', 're.split("x", "axbxc", maxsplit=1)', 're.split("x", "axbxc", -1)',
        're.findall("(a)(b)", "abab")', 're.findall("", "ab")', 're.sub("", "-", "ab")', 're.sub("x*", "-", "abxd")',
        're.sub("|a", "-", "a")', 're.findall("x*?", "xx")', 're.split("", "ab")', 're.split(r"\\b", "a b")',
        're.sub(r"(a)|b", r"[\\1]", "ab")', 're.compile("(?P<a>x)(?P<b>y)").groupindex',
        're.match("(a)(b)", "ab").lastindex', 're.match("((a)b)", "ab").lastindex', 're.match("(a)()", "ab").lastindex',
        're.match("(?:(a)|b)+", "ab").lastindex', 're.purge()', 're.I', 're.IGNORECASE | re.M', 're.NOFLAG',
        'list(re.finditer("a", "aXa", re.I))', 're.compile("a").finditer("aa", 1).__next__()',
        're.fullmatch("a|ab", "ab")', 're.match("a*", "aaa", pos=1) if False else 0', 're.compile("a").match(string="a")',
        'len(re.findall(r"\\w+", "word " * 2000))', 're.sub(r"(\\w+)", r"\\g<1>\\g<1>", "ab cd")',
        're.subn("a", "", "banana")', 're.compile(r"\\d+").sub(lambda m: str(int(m.group()) + 1), "a9b99")',
        'type(re.compile("a")).__name__', 'type(re.match("a", "a")).__name__', 're.Pattern', 're.Match',
        'isinstance(re.compile("a"), re.Pattern)', 're.error.__module__', 'issubclass(re.error, Exception)',
        'str(re.error("boom", "ab\\ncd", 4))', 're.error("x", "ab", 1).pos', 'repr(re.compile("x" * 300))[-20:]',
        'repr(re.match(".*", "y" * 100))', 're.match(r"(?x) a \\  b", "a b")', 're.match("a{,}", "aaa")',
        're.match(r"[\\d\\-]+", "1-2")', 're.match(r"(?i)Σ+", "σς")', 're.findall(r"\\d", "١٢3")',
        're.findall(r"(?a)\\d", "١٢3")', 're.findall(r"\\w+", "naïve café_1")', 're.findall(r"(?a)\\w+", "naïve café_1")',
        're.findall(r"\\s", " \\x1c\\x85\\xa0")', 're.findall(r"(?a)\\s", " \\x1c\\x85\\xa0\\t")',
        're.findall(r"(?a)\\bx", "éx x")', 're.findall(r"\\bx", "éx x")',
        're.compile("a").scanner' if False else '0',
    ]
    for e in misc:
        add('show(lambda: %s)' % e)
    return '\n'.join(lines) + '\n'


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else os.environ.get('GILFREE', os.path.join(REPO, 'target/debug/gilfree'))
    src = gen()
    with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as f:
        f.write(src)
        path = f.name
    want = subprocess.run([sys.executable, path], capture_output=True, text=True).stdout.splitlines()
    got_p = subprocess.run([binary, path], capture_output=True, text=True)
    got = got_p.stdout.splitlines()
    cases = [l for l in src.splitlines() if l.startswith('show(')]
    bad = 0
    for i, case in enumerate(cases):
        w = want[i] if i < len(want) else '<missing>'
        g = got[i] if i < len(got) else '<missing>'
        if w != g:
            bad += 1
            if bad <= int(os.environ.get('SHOW', '40')):
                print('DIFF %s\n  cpython: %s\n  gilfree: %s' % (case, w, g))
    if len(got) < len(cases):
        print('gilfree stopped early:', got_p.stderr[-2000:])
    print('re: %d cases, %d differ' % (len(cases), bad))
    os.unlink(path)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
