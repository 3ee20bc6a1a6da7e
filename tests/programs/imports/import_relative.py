# Relative imports inside a package (from . / from ..).
from _pkg import sub_b
print(sub_b.sibling.__name__, sub_b.fa.__module__)
from _pkg._inner import deep
print(deep.fa(), deep.PKG_VALUE)
