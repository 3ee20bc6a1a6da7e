# __getitem__/__setitem__ receive slice objects.
class Log:
    def __getitem__(self, k):
        return ("get", k)
    def __setitem__(self, k, v):
        print("set", k, v)
    def __delitem__(self, k):
        print("del", k)
l = Log()
print(l[1:2], l[::2], l[1:2, ...])
l[1:3] = "x"
del l[:]
