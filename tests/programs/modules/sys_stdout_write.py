# sys.stdout.write returns the number of characters written.
import sys
n = sys.stdout.write("hello\n")
print(n)
m = sys.stdout.write("héllo\n")
print(m)
sys.stdout.write("no newline")
sys.stdout.write("\n")
sys.stdout.flush()
print(sys.stdout.writable(), sys.stdin.readable() if sys.stdin else None)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(e)
