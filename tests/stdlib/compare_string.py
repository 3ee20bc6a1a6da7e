"""Compare gilfree's string.py against CPython's string module."""
import string as real

from _load import load, Checker

m = load('string')
c = Checker('string')


def run(f):
    try:
        return ('ok', f())
    except Exception as e:
        return ('raise', type(e).__name__, str(e))


def both(f, what):
    c.eq(run(lambda: f(m)), run(lambda: f(real)), what)


for name in ['whitespace', 'ascii_lowercase', 'ascii_uppercase', 'ascii_letters', 'digits',
             'hexdigits', 'octdigits', 'punctuation', 'printable']:
    c.eq(getattr(m, name), getattr(real, name), name)
for s in ['hello world', '  a  b  ', 'ONE two-three', '', 'x,y,,z']:
    both(lambda S: S.capwords(s), 'capwords %r' % s)
    both(lambda S: S.capwords(s, ','), 'capwords sep %r' % s)
    both(lambda S: S.capwords(s, '-'), 'capwords sep- %r' % s)

templates = ['$who likes $what', '${who}likes${what}', '$$ is a dollar', '$who$$', 'no placeholders',
             '$', 'trailing $', '$1abc', '${1}', '${who', '${ who}', 'line1\nline2 $ x', 'a\n\nb$',
             '$who_2x $_x ${_y}', '$$$who', '$$$', '${}', '$wh-o', '$WHO', 'héllo $who', '$who.attr',
             'x $missing y', '${missing}', '$who $who']
maps = [dict(who='tim', what='ham'), dict(who='tim'), {}, dict(who=1, what=[2], WHO='W', _x='X', _y='Y', who_2x='2')]
for t in templates:
    for mp in maps:
        both(lambda S: S.Template(t).substitute(mp), 'substitute %r %r' % (t, mp))
        both(lambda S: S.Template(t).safe_substitute(mp), 'safe_substitute %r %r' % (t, mp))
        both(lambda S: S.Template(t).substitute(mp, what='KW'), 'substitute kw %r' % t)
        both(lambda S: S.Template(t).safe_substitute(**mp), 'safe kw only %r' % t)
    both(lambda S: S.Template(t).is_valid(), 'is_valid %r' % t)
    both(lambda S: S.Template(t).get_identifiers() if S.Template(t).is_valid() else 'invalid', 'get_identifiers %r' % t)
both(lambda S: S.Template('$x').template, 'template attr')
both(lambda S: S.Template('$x $y').substitute(x=1, y=2), 'kw only')


def custom(S):
    class T(S.Template):
        delimiter = '%'
    return T('%who likes %%%{what}').substitute(who='a', what='b')
both(custom, 'custom delimiter')

fmts = ['{0} {1}', '{} {}', '{a} {b!r}', '{0:>10}', '{0:{1}}', '{:{}}', '{0[1]} {0[x]}', '{0.real}',
        'a{{b}}c', '{0!s:^9}', '{0!a}', '{0:{1}.{2}f}', '{} {1}', '{0} {}', '{', '}', '{0!x}', '{0', '{x}',
        '{0:{{}}}', '{0:{1:{2}}}', '{0:{1:{2:{3}}}}', '{0[a}b]}', '{0!r:}', '{0!:}', '{a{b}c}', '{0!', '{0!r']
args = ([1, 2], 5, 3)
kwargs = {'a': 'A', 'b': 'B', 'x': {'k': 1}}
for f in fmts:
    both(lambda S: list(S.Formatter().parse(f)), 'parse %r' % f)
    both(lambda S: S.Formatter().format(f, *args, **kwargs), 'format %r' % f)
both(lambda S: S.Formatter().format('{0[x]}', {'x': 1}), 'getitem str key')
both(lambda S: S.Formatter().format('{0:.3f}|{1:,}', 3.14159, 1234567), 'numbers')
both(lambda S: S.Formatter().vformat('{a}-{0}', ('p',), {'a': 'q'}), 'vformat')
both(lambda S: S.Formatter().get_field('0.real', (3,), {}), 'get_field')
c.done()
