# modules: textwrap
import textwrap
texts = ["The quick brown fox jumps over the lazy dog " * 3,
 "well-known hyphen-ated words like re-use and a-b, x-1, self--aware em--dash -- and ---x multi-level-thing.",
 "Supercalifragilisticexpialidocious-and-more-words-hyphenated here. Mr. Smith. Hello! \"Done.\" end?  Next",
 "tabs\there\tand\nnewlines  and   spaces",
 "short", "", "   leading and trailing   ", "a-b-c-d-e-f-g-h-i-j-k-l-m-n"]
for t in texts:
    for w in (5, 10, 15, 30, 70):
        print(w, textwrap.wrap(t, w))
        print(w, textwrap.wrap(t, w, break_on_hyphens=False, fix_sentence_endings=True))
        print(w, textwrap.wrap(t, w, drop_whitespace=False, expand_tabs=False, replace_whitespace=False))
        print(w, textwrap.wrap(t, w, initial_indent="* ", subsequent_indent="  ", break_long_words=False))
        print(w, textwrap.wrap(t, w, max_lines=2))
        print(w, repr(textwrap.shorten(t, max(w, 12))))
print(textwrap.fill("a b c d e f g", width=5))
for d in ["    x\n      y\n    z", "  a\n\tb\n", "  a\n  \n    b\n", "\ta\n\t\tb", "none\n  x", "   \n  x\n  y   \n", " a\r\n b"]:
    print(repr(textwrap.dedent(d)))
print(textwrap.indent("l1\nl2\n\n  \nl3", "> "), textwrap.indent("a\nb", "+", lambda l: True))
print(textwrap.shorten("Hello  world, how are you?", width=15))
try: textwrap.wrap("x", 0)
except ValueError as e: print(e)
try: textwrap.shorten("hello world", 3)
except ValueError as e: print(e)
