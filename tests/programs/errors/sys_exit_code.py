# sys.exit(3) exits with status 3 and prints nothing to stderr.
import sys
print("exiting")
sys.exit(3)
print("never")
