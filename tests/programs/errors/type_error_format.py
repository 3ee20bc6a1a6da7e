# TypeError from %-formatting with too few arguments.
"%s %s" % ("a",)
