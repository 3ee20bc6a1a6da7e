# import a.b as c binds the submodule; import a.b binds a.
import _pkg._inner.deep as d
print(d.__name__, d.fd())
print("_pkg" in globals(), "d" in globals())
import _pkg._inner.deep
print(_pkg._inner.deep is d)
