# UnboundLocalError message as CPython 3.11 words it.
count = 0
def inc():
    count += 1
inc()
