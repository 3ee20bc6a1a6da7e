# sys.intern returns an identical object for equal strings.
import sys
a = sys.intern("".join(["hel", "lo_world_x"]))
b = sys.intern("hello_world_" + "x")
print(a is b, a == b)
try:
    sys.intern(5)
except TypeError as e:
    print(e)
