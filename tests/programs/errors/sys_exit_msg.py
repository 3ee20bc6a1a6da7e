# sys.exit("msg") prints msg to stderr and exits with 1.
import sys
sys.exit("fatal: something went wrong")
