print("load", __name__)
from .. import PKG_VALUE
from ..sub_a import fa
def fd():
    return "fd sees " + PKG_VALUE
