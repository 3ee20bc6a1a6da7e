print("init _pkg", __name__)
PKG_VALUE = "pkg"
from . import sub_a
