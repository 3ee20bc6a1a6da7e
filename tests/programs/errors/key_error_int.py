# Uncaught KeyError with an int key.
{1: 2}[3]
