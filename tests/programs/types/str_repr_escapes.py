# repr of strings picks quotes and escapes control and non-printable chars.
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\t", "nl\n", "\x00\x7f", "\u200b", "é", "\U0001f600", "\\", "\r"]:
    print(repr(s))
