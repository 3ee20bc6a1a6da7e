"""Baseline: an empty program. Its time is the interpreter's start-up and exit, which
the harness subtracts from threaded runs before computing speedups; its memory is the
interpreter's floor. Takes (and ignores) a size argument like every program."""
print("ok")
