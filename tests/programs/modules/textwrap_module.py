# textwrap wrap/fill/dedent/indent/shorten.
import textwrap
text = "The quick brown fox jumps over the lazy dog " * 3
print(textwrap.wrap(text, 30))
print(textwrap.fill("a b c d e f g", width=5))
print(repr(textwrap.dedent("    x\n      y\n    z")))
print(textwrap.indent("l1\nl2", "> "), textwrap.shorten("Hello  world, how are you?", width=15))
