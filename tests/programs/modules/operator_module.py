# operator functions: arithmetic, itemgetter, attrgetter, methodcaller.
import operator as op
print(op.add(1, 2), op.mul(3, 4), op.truediv(1, 4), op.floordiv(7, 2), op.mod(7, 3), op.neg(5), op.not_(0))
print(op.eq(1, 1), op.lt(1, 2), op.contains([1], 1), op.getitem("abc", 1), op.concat([1], [2]))
g = op.itemgetter(1)
g2 = op.itemgetter(0, 2)
print(g("abc"), g2("abc"), sorted([(1, "b"), (2, "a")], key=g))
class P: pass
p = P(); p.a = P(); p.a.b = 5; p.n = "x"
print(op.attrgetter("n")(p), op.attrgetter("a.b")(p), op.attrgetter("n", "a.b")(p))
print(op.methodcaller("upper")("s"), op.methodcaller("split", ",")("a,b"))
l = [1]
print(op.iadd(l, [2]), l, op.index(5), op.pow(2, 5), op.and_(6, 3), op.xor(6, 3), op.lshift(1, 4))
