# dict() forms and their errors.
print(dict(a=1, b=2), dict([(1, 2), [3, 4]]), dict({1: 2}, x=5), dict(zip("ab", range(2))), dict())
for args in ["[(1, 2, 3)]", "[1]", "1", "{}, {}", "['ab', 'c']"]:
    try:
        eval("dict(" + args + ")")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
d = {1: 2}
for expr in ["d.update(1, 2)", "d.get()", "d.keys(1)", "d.pop()", "{}.popitem()", "d[[1]]", "hash(d)", "d[5]",
             "d.setdefault()", "dict.fromkeys()", "{} | []", "{} < {}"]:
    try:
        eval(expr)
    except (TypeError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
d.update({3: 4}, five=5); d.update([(6, 7)]); d.update(); print(d)
print(d.popitem(), d.pop(1), d.pop(99, 'dflt'), d.setdefault(7, []), d.setdefault(3, 'q'), d)
x = {1: 1}; x |= {3: 3}; x |= [(4, 4)]; print(x, {1: 1, 2: 3} | {2: 2})
r = {1: 'a'}; r['self'] = r; print(r)
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} == [], {1.0: 'x', 1: 'y'}, {True: 1, 1: 2})
