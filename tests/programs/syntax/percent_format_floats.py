# % formatting of floats, padding and signs.
for x in [0.0, 1.0, -2.5, 3.14159, 1e10, 1.5e-7, 123.456]:
    print("%f|%.2f|%8.3f|%-8.1f|%+.1e|%g|%G|%5.0f" % (x, x, x, x, x, x, x, x))
print("%i %u %5s|%-5s|" % (3, 4, "ab", "cd"))
print("%r" % {"k": "v"}, "%a" % "é")
