# Uncaught IndexError for tuple index.
(1, 2)[-3]
