# del of names, items, slices, attributes.
x = 1
del x
try:
    x
except NameError as e:
    print(e)
l = list(range(10))
del l[0]
del l[-1]
del l[2:4]
del l[::2]
print(l)
d = {'a': 1, 'b': 2}
del d['a']
print(d)
class O: pass
o = O()
o.a = 1
del o.a
print(hasattr(o, 'a'))
a, b = 1, 2
del a, b
print('a' in dir())
try:
    del d['zz']
except KeyError as e:
    print("KeyError", e)
