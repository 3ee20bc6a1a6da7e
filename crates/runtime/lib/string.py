"""Common string constants and classes, for gilfree.

Provides: whitespace, ascii_lowercase, ascii_uppercase, ascii_letters,
digits, hexdigits, octdigits, punctuation, printable; capwords; Template
(substitute, safe_substitute, is_valid, get_identifiers, ``$$``,
``$name``, ``${name}``, KeyError for missing keys, ValueError with
line/column for invalid placeholders), implemented with a hand-written
scanner instead of the re module; Formatter (format, vformat, parse,
get_field, get_value, check_unused_args, format_field, convert_field,
auto/manual field numbering, nested replacement fields in specs).

Lacks: Template subclasses may override ``delimiter`` (any non-empty
string) but ``idpattern``, ``braceidpattern``, ``flags`` and ``pattern``
are ignored: identifiers are always ASCII ``[_a-zA-Z][_a-zA-Z0-9]*``.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string

    Split the argument into words using split, capitalize each word using
    capitalize, and join the capitalized words using join.
    """
    return (sep or ' ').join(x.capitalize() for x in s.split(sep))


################################################################################
# Template
################################################################################

_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)

_sentinel_dict = {}


class _LayeredMap(object):
    # Keyword arguments take priority over the positional mapping.
    def __init__(self, first, second):
        self._first = first
        self._second = second

    def __getitem__(self, key):
        try:
            return self._first[key]
        except KeyError:
            return self._second[key]


class Template(object):
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yield (kind, start, end, name) for each delimiter occurrence.

        kind is 'escaped', 'named', 'braced' or 'invalid'; start/end delimit
        the whole matched placeholder.
        """
        s = self.template
        delim = self.delimiter
        dlen = len(delim)
        n = len(s)
        i = 0
        while True:
            j = s.find(delim, i)
            if j < 0:
                return
            k = j + dlen
            if s.startswith(delim, k):
                yield ('escaped', j, k + dlen, None)
                i = k + dlen
                continue
            if k < n and s[k] in _ID_START:
                e = k + 1
                while e < n and s[e] in _ID_CHARS:
                    e += 1
                yield ('named', j, e, s[k:e])
                i = e
                continue
            if k < n and s[k] == '{':
                b = k + 1
                if b < n and s[b] in _ID_START:
                    e = b + 1
                    while e < n and s[e] in _ID_CHARS:
                        e += 1
                    if e < n and s[e] == '}':
                        yield ('braced', j, e + 1, s[b:e])
                        i = e + 1
                        continue
            yield ('invalid', j, k, None)
            i = k

    def _invalid(self, pos):
        lines = self.template[:pos].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = pos - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _LayeredMap(kws, mapping)
        out = []
        last = 0
        s = self.template
        for kind, start, end, name in self._scan():
            out.append(s[last:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(end)
            else:
                out.append('%s' % (mapping[name],))
            last = end
        out.append(s[last:])
        return ''.join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _LayeredMap(kws, mapping)
        out = []
        last = 0
        s = self.template
        for kind, start, end, name in self._scan():
            out.append(s[last:start])
            if kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                out.append(s[start:end])
            else:
                try:
                    out.append('%s' % (mapping[name],))
                except KeyError:
                    out.append(s[start:end])
            last = end
        out.append(s[last:])
        return ''.join(out)

    def is_valid(self):
        for kind, start, end, name in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, start, end, name in self._scan():
            if kind in ('named', 'braced'):
                if name not in ids:
                    ids.append(name)
            elif kind == 'invalid':
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern)
        return ids

    pattern = None


################################################################################
# Formatter
################################################################################

def _parse_format(s):
    """Yield (literal, field_name, format_spec, conversion) like
    _string.formatter_parser."""
    n = len(s)
    i = 0
    literal = []
    while i < n:
        ch = s[i]
        if ch == '{' or ch == '}':
            if i + 1 < n and s[i + 1] == ch:
                literal.append(ch)
                yield (''.join(literal), None, None, None)
                literal = []
                i += 2
                continue
            if ch == '}':
                raise ValueError("Single '}' encountered in format string")
            # Replacement field.
            if i + 1 >= n:
                raise ValueError("Single '{' encountered in format string")
            j = i + 1
            # 1. field name (brackets may contain anything but end there)
            while True:
                if j >= n:
                    raise ValueError("expected '}' before end of string")
                c = s[j]
                if c == '[':
                    while j < n and s[j] != ']':
                        j += 1
                    if j >= n:
                        raise ValueError("expected '}' before end of string")
                    j += 1
                    continue
                if c == '{':
                    raise ValueError("unexpected '{' in field name")
                if c in '}!:':
                    break
                j += 1
            name = s[i + 1:j]
            conversion = None
            spec = ''
            # 2. optional conversion
            if s[j] == '!':
                j += 1
                if j >= n:
                    raise ValueError('end of string while looking for '
                                     'conversion specifier')
                conversion = s[j]
                j += 1
                if j >= n:
                    raise ValueError("unmatched '{' in format spec")
                if s[j] not in ':}':
                    raise ValueError("expected ':' after conversion specifier")
            # 3. optional format spec with nested fields
            if s[j] == ':':
                j += 1
                depth = 1
                k = j
                while True:
                    if k >= n:
                        raise ValueError("unmatched '{' in format spec")
                    c = s[k]
                    if c == '{':
                        depth += 1
                    elif c == '}':
                        depth -= 1
                        if depth == 0:
                            break
                    k += 1
                spec = s[j:k]
                j = k
            yield (''.join(literal), name, spec, conversion)
            literal = []
            i = j + 1
            continue
        literal.append(ch)
        i += 1
    if literal:
        yield (''.join(literal), None, None, None)


def _split_field_name(name):
    """Return (first, [(is_attr, key), ...]) like
    _string.formatter_field_name_split."""
    n = len(name)
    i = 0
    while i < n and name[i] not in '.[':
        i += 1
    first = name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and name[j] not in '.[':
                j += 1
            attr = name[i + 1:j]
            if not attr:
                raise ValueError('Empty attribute in format string')
            rest.append((True, attr))
            i = j
        else:
            j = name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = name[i + 1:j]
            if not key:
                raise ValueError('Empty attribute in format string')
            if key.isdigit():
                key = int(key)
            rest.append((False, key))
            i = j + 1
            if i < n and name[i] not in '.[':
                raise ValueError('Only \'.\' or \'[\' may follow \']\' in '
                                 'format field specifier')
    return first, rest


class Formatter(object):
    """Customizable str.format-style formatting."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args,
                 recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        # (CPython uses this same message in both cases.)
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args,
                    recursion_depth - 1, auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier %s' % (conversion,))

    def parse(self, format_string):
        return list(_parse_format(format_string))

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
