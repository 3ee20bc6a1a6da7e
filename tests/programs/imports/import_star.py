# from module import * respects underscores and __all__.
from _star_mod import *
print(public, also_public, "_private" in globals())
from _star_all_mod import *
print(listed, "unlisted" in globals())
from _helper_mod import *
print(VALUE, "Thing" in globals(), "greet" in globals())
