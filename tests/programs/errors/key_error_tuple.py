# Uncaught KeyError with a tuple key.
{}[(1, "x")]
