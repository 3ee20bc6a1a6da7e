# A generator's finally runs when close() is called on a partially consumed generator in a loop break.
def g():
    try:
        for i in range(10):
            yield i
    finally:
        print("cleanup")
it = g()
for x in it:
    if x == 2:
        break
print("broke")
it.close()
print("after close")
it.close()
print("second close is a no-op")
