# finally blocks run on sys.exit.
import sys
try:
    sys.exit(4)
finally:
    print("finally ran")
