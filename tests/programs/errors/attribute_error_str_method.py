# AttributeError for a misspelled str method.
"abc".uper()
