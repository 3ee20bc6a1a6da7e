# Decorators applied to methods, with functools.wraps and arguments.
import functools
def logged(fn):
    @functools.wraps(fn)
    def w(self, *a):
        print("call", fn.__name__, a)
        return fn(self, *a)
    return w
class Calc:
    @logged
    def add(self, a, b):
        return a + b
    @staticmethod
    @functools.lru_cache(None)
    def sq(x):
        return x * x
print(Calc().add(2, 3), Calc.add.__name__, Calc.sq(4), Calc().sq(5))
