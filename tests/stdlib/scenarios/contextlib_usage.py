# modules: contextlib
import contextlib, sys, io
from contextlib import contextmanager, suppress, ExitStack, closing, nullcontext, redirect_stdout
@contextmanager
def cm(swallow=False):
    print("enter")
    try:
        yield 1
    except ValueError as e:
        print("got", repr(e))
        if not swallow: raise
    finally:
        print("exit")
with cm() as v: print("v", v)
with cm(True): raise ValueError("a")
print("after swallow")
try:
    with cm(): raise ValueError("b")
except ValueError as e: print("prop", e)
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def twice():
    yield; yield
try:
    with twice(): pass
except RuntimeError as e: print(e)
@contextmanager
def plain():
    yield
try:
    with plain(): raise StopIteration(5)
except StopIteration as e: print("stopiter propagates", e.value)
@contextmanager
def passthrough():
    try: yield
    except Exception: raise
try:
    with passthrough(): raise StopIteration(6)
except StopIteration as e: print("stopiter2", e.value)
@contextmanager
def wrap():
    try: yield
    except KeyError as e: raise RuntimeError("wrapped") from e
try:
    with wrap(): raise KeyError("k")
except RuntimeError as e: print(e, repr(e.__cause__))
@cm()
def decorated(x): print("deco body", x); return x*2
print(decorated(3)); print(decorated(4))
print(cm.__name__, type(cm()).__name__)
with suppress(KeyError, IndexError): [][1]
print("sup ok")
try:
    with suppress(KeyError): 1/0
except ZeroDivisionError: print("not suppressed")
class R:
    def close(self): print("closed")
with closing(R()) as r: print(type(r).__name__)
with nullcontext(5) as n: print(n)
buf = io.StringIO()
with redirect_stdout(buf): print("hidden")
print(repr(buf.getvalue()))
with ExitStack() as st:
    st.callback(print, "cb1")
    st.callback(print, "cb2", end="!\n")
    st.push(lambda *a: print("push", a[0]))
    st.enter_context(cm())
def sup(*a): print("suppressing", a[0].__name__); return True
with ExitStack() as st:
    st.push(sup)
    raise ValueError
print("suppressed by stack")
with ExitStack() as st:
    st.callback(print, "moved")
    st2 = st.pop_all()
print("before close")
st2.close()
try:
    with ExitStack() as st:
        st.callback(lambda: 1/0)
        raise KeyError("orig")
except ZeroDivisionError as e: print("ctx", repr(e.__context__))
try:
    ExitStack().enter_context(5)
except TypeError as e: print(e)
print(isinstance(ExitStack(), contextlib.AbstractContextManager), issubclass(R, contextlib.AbstractContextManager))
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): pass
print(issubclass(CM, contextlib.AbstractContextManager))
class D(contextlib.ContextDecorator):
    def __enter__(self): print("D in"); return self
    def __exit__(self, *a): print("D out")
@D()
def ff(): print("ff")
ff()
@contextmanager
def gen_raises_other():
    try: yield
    except ValueError: raise TypeError("other")
try:
    with gen_raises_other(): raise ValueError("v")
except TypeError as e: print(e, repr(e.__context__))
