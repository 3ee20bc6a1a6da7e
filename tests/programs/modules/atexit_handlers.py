# atexit: handlers run when the program ends, last registered first, with
# their arguments; a failing handler is reported and the others still run.
import atexit, sys

def say(*words, end="!"):
    print(" ".join(words) + end)

def broken():
    raise RuntimeError("handler failed")

atexit.register(say, "first", "registered")
atexit.register(broken)
atexit.register(say, "last", "registered", end=".")
@atexit.register
def decorated():
    print("decorated")
atexit.register(print, "unregistered")
atexit.unregister(print)
print("main body done")
sys.exit(3)
