# Error messages of list operations match CPython word for word.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)
l = [1, 2, 3]
err(lambda: l[3])
err(lambda: l['a'])
err(lambda: l[2**70])
err(lambda: [].pop())
err(lambda: [1].pop(4))
err(lambda: l.remove(9))
err(lambda: l.index(9))
err(lambda: l.index('x'))
err(lambda: l.index(1, 1))
err(lambda: [1] + (1,))
err(lambda: [1] * 'a')
err(lambda: [1] * 2.0)
err(lambda: [1] * -3)
err(lambda: hash([]))
err(lambda: [1] < (1,))
err(lambda: [1, 'a'] < [1, 2])
err(lambda: list(1, 2))
err(lambda: l.insert('a', 1))
err(lambda: [1, 2][::0])
err(lambda: [].sort(1))
err(lambda: [].sort(foo=1))
err(lambda: [3, 1].sort(reverse=1.5))
def ext():
    a = [1, 2, 3]
    a[::2] = [1]
ext_err = err(ext)
def ext2():
    a = [1, 2, 3]
    a[::2] = 5
err(ext2)
def plain():
    a = [1, 2, 3]
    a[0:1] = 5
err(plain)
