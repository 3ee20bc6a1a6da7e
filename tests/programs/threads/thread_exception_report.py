# The default excepthook's report ends with the exception line; the
# program then exits with status 2 so the last stderr line is compared.
import threading
import sys

def fail():
    raise LookupError("no such thing")

t = threading.Thread(target=fail, name="finder")
t.start()
t.join()
print("main continues")
sys.stdout.flush()
sys.exit(2)
