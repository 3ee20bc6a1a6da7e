# from package import submodule loads it.
from _pkg import sub_a, PKG_VALUE
from _pkg._inner import deep as dd
print(sub_a.fa(), PKG_VALUE, dd.fd())
import sys
print(sorted(k for k in sys.modules if k.startswith("_pkg")))
