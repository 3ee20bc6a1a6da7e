# Result types of arithmetic with bools.
vals = [True + True, True * 2.5, True / True, True // True, True % 2, True ** 2, -False, True << 3]
print(vals, [type(v).__name__ for v in vals])
print(True and 5, False or 0.0, not True, type(not 1).__name__)
print(bool.__name__, bool(bool), True.__class__.__name__)
print(str(True), "%d" % True, "%s" % True, f"{True}", format(True, "d"), format(True, ""))
