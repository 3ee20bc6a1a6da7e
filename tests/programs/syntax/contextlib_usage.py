# contextlib.contextmanager, suppress, ExitStack ordering.
import contextlib
@contextlib.contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)
with tag("a") as t, tag("b"):
    print("body", t)
with contextlib.suppress(KeyError):
    {}["x"]
print("suppressed")
with contextlib.ExitStack() as st:
    for n in "xyz":
        st.enter_context(tag(n))
    print("inside stack")
try:
    with tag("err"):
        raise ValueError("inside")
except ValueError as e:
    print("caught", e)
