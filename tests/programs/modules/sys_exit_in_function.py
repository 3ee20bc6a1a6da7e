# SystemExit raised deep in calls can be caught; code attribute preserved.
import sys
def deep():
    sys.exit(7)
try:
    deep()
except SystemExit as e:
    print("caught", e.code, type(e).__name__)
print(isinstance(SystemExit(), Exception), issubclass(SystemExit, BaseException))
