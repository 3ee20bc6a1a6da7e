# sys.exit(None) exits 0.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught", e.code)
sys.exit()
