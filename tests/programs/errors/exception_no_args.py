# Uncaught exception without arguments.
raise RuntimeError
