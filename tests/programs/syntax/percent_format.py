# printf-style % formatting.
print("%s and %r" % ("str", "str"))
print("%d %i %5d|%-5d|%05d" % (3, 4, 42, 42, 42))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%.3f %10.2f %e %g" % (3.14159, 2.5, 12345.678, 0.00001234))
print("%c%c" % ("a", 98))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("100%%")
print("%s" % [1, 2])
print("%s" % (1,))
print("%*d|%-*d|" % (5, 1, 4, 2))
print("%.2s" % "abcdef")
try:
    "%d %d" % (1,)
except TypeError as e:
    print("TypeError", e)
try:
    "%d" % (1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError", e)
