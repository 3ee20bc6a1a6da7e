# Uncaught IndexError for string index.
"abc"[10]
