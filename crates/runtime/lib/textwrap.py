"""Text wrapping and filling, for gilfree.

TextWrapper (width, initial_indent, subsequent_indent, expand_tabs,
replace_whitespace, fix_sentence_endings, break_long_words,
drop_whitespace, break_on_hyphens, tabsize, max_lines, placeholder),
wrap, fill, shorten, dedent and indent, producing CPython's output.

CPython splits text into chunks with regular expressions; this module
does the same splitting by hand (gilfree's `re` is separate work):
whitespace runs, words, breaks after a hyphen inside a word whose
neighbours are letters ("well-|known", not "-1" or "a-b"), and em-dashes
("--") between words.
"""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_letter(c):
    # CPython's [^\d\W]: a word character that is not a digit.
    return c.isalpha() or (c == '_')


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _is_word_punct(c):
    return _is_word_char(c) or c in '!"\'&.,?'


def _split_word(word):
    """Split one run of non-whitespace at hyphenation points and around
    em-dashes, as CPython's wordsep_re does."""
    pieces = []
    start = 0
    i = 0
    n = len(word)
    while i < n:
        c = word[i]
        if c == '-':
            # Em-dash: two or more hyphens after word punctuation and
            # before a word character.
            j = i
            while j < n and word[j] == '-':
                j += 1
            if (j - i >= 2 and i > start and _is_word_punct(word[i - 1])
                    and j < n and _is_word_char(word[j])):
                pieces.append(word[start:i])
                pieces.append(word[i:j])
                start = i = j
                continue
            if j - i >= 2 and i == start and start > 0 and \
                    _is_word_punct(word[start - 1]) and j < n and \
                    _is_word_char(word[j]):
                pieces.append(word[i:j])
                start = i = j
                continue
            # Hyphenated word: letters before (two, or letter-letter-)
            # and a letter, optional hyphen, letter after.
            before = word[max(0, i - 3):i]
            ok_before = (len(before) >= 2 and _is_letter(before[-1])
                         and _is_letter(before[-2])) or (
                len(before) >= 3 and _is_letter(before[-1])
                and before[-2] == '-' and _is_letter(before[-3]))
            after = word[i + 1:i + 4]
            ok_after = (len(after) >= 2 and _is_letter(after[0]) and
                        (_is_letter(after[1]) or
                         (after[1] == '-' and len(after) >= 3
                          and _is_letter(after[2]))))
            if ok_before and ok_after:
                pieces.append(word[start:i + 1])
                start = i + 1
        i += 1
    if start < n:
        pieces.append(word[start:])
    return pieces


class TextWrapper:
    """Object for wrapping/filling text; the public interface consists of
    the wrap() and fill() methods, configured by the instance
    attributes listed in the module docstring."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *,
                 max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split text into chunks: whitespace runs and (pieces of) words."""
        chunks = []
        i = 0
        n = len(text)
        while i < n:
            j = i
            if text[i] in _whitespace:
                while j < n and text[j] in _whitespace:
                    j += 1
                chunks.append(text[i:j])
            else:
                while j < n and text[j] not in _whitespace:
                    j += 1
                word = text[i:j]
                if self.break_on_hyphens:
                    chunks.extend(_split_word(word))
                else:
                    chunks.append(word)
            i = j
        return chunks

    def _fix_sentence_endings(self, chunks):
        """Make sure a sentence end (lowercase letter, '.!?', optional
        quote) is followed by two spaces."""
        i = 0
        while i < len(chunks) - 1:
            chunk = chunks[i]
            if chunks[i + 1] == ' ' and self._ends_sentence(chunk):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    @staticmethod
    def _ends_sentence(chunk):
        if chunk and chunk[-1] in '"\'':
            chunk = chunk[:-1]
        return (len(chunk) >= 2 and chunk[-1] in '.!?'
                and 'a' <= chunk[-2] <= 'z')

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Prefer breaking after the last hyphen that fits.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                length = len(chunks[-1])
                if cur_len + length <= width:
                    cur_line.append(chunks.pop())
                    cur_len += length
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or
                        len(lines) + 1 < self.max_lines or
                        (not chunks or
                         self.drop_whitespace and
                         len(chunks) == 1 and
                         not chunks[0].strip()) and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    while cur_line:
                        if (cur_line[-1].strip() and
                                cur_len + len(self.placeholder) <= width):
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if (len(prev_line) + len(self.placeholder) <=
                                    self.width):
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """Wrap a single paragraph; return a list of lines without final
        newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap a single paragraph; return one string with newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width,
    ending with the placeholder (" [...]") when something was cut."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading_blank(line):
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """Remove any common leading whitespace (spaces and tabs) from every
    line; lines holding only spaces and tabs become empty."""
    lines = text.split('\n')
    margin = None
    for idx, line in enumerate(lines):
        lead = _leading_blank(line)
        if lead == line:
            if line:
                lines[idx] = ''
            continue
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            common = 0
            for a, b in zip(margin, lead):
                if a != b:
                    break
                common += 1
            margin = margin[:common]
    if margin:
        cut = len(margin)
        lines = [line[cut:] if line.startswith(margin) else line
                 for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the beginning of selected lines (by default, those
    that are not whitespace-only)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
