print("load", __name__)
from .sub_a import fa
from . import sub_a as sibling
from ._inner import deep
def fb():
    return "fb uses " + fa() + " and " + deep.fd()
