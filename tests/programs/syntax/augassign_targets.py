# Augmented assignment evaluates the target's container only once.
calls = []
def get(lst):
    calls.append('get')
    return lst
data = [1, 2, 3]
get(data)[1] += 10
print(data, calls)
class O:
    pass
o = O()
o.v = 1
o.v += 41
print(o.v)
d = {'a': [1]}
d['a'] += [2]
d.setdefault('b', 0)
d['b'] -= 1
print(d)
