# Unicode-aware character classification.
for ch in ["a", "Z", "5", "٣", "²", "Ⅷ", " ", "\u00a0", "_", "é", "中", "\n"]:
    print(repr(ch), ch.isalpha(), ch.isdigit(), ch.isdecimal(), ch.isnumeric(), ch.isspace(), ch.isalnum())
