# Unterminated string literal.
s = "unterminated
