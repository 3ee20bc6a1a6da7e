# generator.throw and generator.close semantics.
def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", e)
        yield "recovered"
    finally:
        print("finally")
it = g()
print(next(it))
print(it.throw(ValueError("boom")))
it.close()
print("closed")
it2 = g()
next(it2)
it2.close()
try:
    next(it2)
except StopIteration:
    print("stopped after close")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(e)
it3 = g()
try:
    it3.throw(KeyError("early"))
except KeyError as e:
    print("unstarted throw", e)
