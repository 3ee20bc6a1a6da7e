# ImportError for a missing name in an existing module and package.
try:
    from _star_mod import missing_name
except ImportError as e:
    # The message ends with " (<path of module>)"; print the stable part.
    print(str(e).split(" (")[0])
    print(e.name)
try:
    from _pkg import definitely_missing
except ImportError as e:
    print(str(e).split(" (")[0])
try:
    from math import nope
except ImportError as e:
    print(str(e).split(" (")[0])
